package org.plateau.core.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a file so that it is complete or absent: into a temporary file beside it, renamed over the target only
 * when the whole content is written. A kill or a full disk during the write leaves the previous file (or none) and
 * no temporary file that a reader would mistake for results (its name starts with a dot and ends in {@code .tmp}).
 */
public final class AtomicFiles {

	/** Writes a file's content, given where to write it. */
	@FunctionalInterface
	public interface Content {
		void writeTo(Path file) throws IOException;
	}

	/** Writes a file's text. */
	@FunctionalInterface
	public interface Text {
		void writeTo(Writer out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Writes {@code target} through a temporary file and renames it into place.
	 *
	 * @param target the file to write
	 * @param content writes the whole content to the path it is given
	 * @throws IOException naming {@code target} and why (a full disk is said in words)
	 */
	public static void write(Path target, Content content) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
				+ Thread.currentThread().threadId() + ".tmp");
		try {
			content.writeTo(temporary);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			Files.deleteIfExists(temporary);
			throw failure(target, e);
		} catch (RuntimeException | Error e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	/** Writes a text file (UTF-8) through a temporary file. */
	public static void writeText(Path target, Text text) throws IOException {
		write(target, file -> {
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				text.writeTo(out);
			}
		});
	}

	/** Writes a string (UTF-8) through a temporary file. */
	public static void writeString(Path target, String content) throws IOException {
		writeText(target, out -> out.write(content));
	}

	/**
	 * An I/O failure as a sentence that names the file: "cannot write F: the disk is full (No space left on
	 * device)". Keeps the cause.
	 */
	public static IOException failure(Path file, IOException e) {
		if (e.getMessage() != null && e.getMessage().startsWith("cannot write ")) {
			return e;
		}
		IOException described = new IOException("cannot write " + file + ": " + reason(e), e);
		return described;
	}

	/** Why an I/O operation failed, in words (no Java class names). */
	public static String reason(IOException e) {
		String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
				: e.getMessage();
		String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
		if (lower.contains("no space left") || lower.contains("disk quota")) {
			return "the disk is full (" + message + ")";
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException) {
			return "a file of that name exists";
		}
		if (e instanceof java.nio.file.NotDirectoryException) {
			return "a file stands where a folder is needed";
		}
		return message == null || message.isBlank() ? "an input/output error" : message;
	}
}
