package org.plateau.core.results;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.Timer;
import java.util.TimerTask;

/**
 * A results or sweep folder held by one writer: the file {@value #FILE_NAME} in the folder, holding the host, the
 * process id and the start time of the writer, and touched every {@link #HEARTBEAT} while it writes.
 * <p>
 * The lock is made the way that is atomic on local and network file systems (NFS v2/v3 included): the holder's
 * details are written to a file of its own, which is then hard-linked to {@value #FILE_NAME}; the link fails if
 * the lock exists. A lock is <em>stale</em> when its host is this host and its process is gone (or is another
 * process with the same id, started later), or, for a lock of another host, when it was not touched for
 * {@link #STALE_AFTER}. A stale lock is broken (renamed away, so that only one of two breakers wins) with a
 * warning; a live one refuses the second writer with a message naming the holder.
 */
public final class FolderLock implements AutoCloseable {

	/** The lock file's name. */
	public static final String FILE_NAME = ".plateau.lock";
	/** How often the holder touches the lock. */
	public static final Duration HEARTBEAT = Duration.ofSeconds(60);
	/** A lock of another host not touched for this long is stale. */
	public static final Duration STALE_AFTER = Duration.ofMinutes(10);


	/**
	 * Who holds a lock.
	 *
	 * @param host the host name of the writer
	 * @param pid its process id
	 * @param started when it took the lock
	 * @param purpose what it writes ("run", "sweep")
	 * @param touched when the lock was last touched
	 */
	public record Holder(String host, long pid, Instant started, String purpose, Instant touched) {

		/** "process 1234 on host-a (a run, since 2026-12-03T08:00:00Z)". */
		public String describe() {
			return "process " + pid + " on " + host + " (" + (purpose.isEmpty() ? "a writer" : "a " + purpose)
					+ ", since " + started + ")";
		}
	}

	/** A folder another live writer holds. */
	public static final class FolderInUseException extends IOException {

		private static final long serialVersionUID = 1L;
		private final transient Holder holder;

		FolderInUseException(Path folder, Holder holder) {
			super("the folder " + folder + " is in use by " + (holder == null ? "another writer (its lock "
					+ folder.resolve(FILE_NAME) + " cannot be read)" : holder.describe())
					+ "; wait for it to end, or choose another folder");
			this.holder = holder;
		}

		/** The writer holding the folder, if its lock could be read. */
		public Optional<Holder> holder() {
			return Optional.ofNullable(holder);
		}
	}

	private final Path lockFile;
	/** The holder's details as written in the lock: a lock file with other content is another writer's. */
	private final String content;
	private final Timer heartbeat;
	private final String brokenStaleLock;
	private boolean released;

	private FolderLock(Path lockFile, String content, String brokenStaleLock) {
		this.lockFile = lockFile;
		this.content = content;
		this.brokenStaleLock = brokenStaleLock;
		this.heartbeat = new Timer("Plateau lock of " + lockFile.getParent(), true);
		long period = HEARTBEAT.toMillis();
		heartbeat.schedule(new TimerTask() {
			@Override
			public void run() {
				touch();
			}
		}, period, period);
	}

	/**
	 * Locks a folder (created if missing) for this process.
	 *
	 * @param folder the results or sweep folder
	 * @param purpose what this process writes there ("run", "sweep"), for the message another writer gets
	 * @return the lock; {@link #close()} releases it
	 * @throws FolderInUseException if a live writer holds the folder
	 * @throws IOException if the folder cannot be created or written (the message names it and why)
	 */
	public static FolderLock acquire(Path folder, String purpose) throws IOException {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new IOException("cannot create the folder " + folder + ": " + AtomicFiles.reason(e), e);
		}
		Path lock = folder.resolve(FILE_NAME);
		long pid = ProcessHandle.current().pid();
		String host = host();
		Path mine = folder.resolve(FILE_NAME + "." + host + "." + pid + "." + Thread.currentThread().threadId());
		Properties details = new Properties();
		details.setProperty("host", host);
		details.setProperty("pid", Long.toString(pid));
		details.setProperty("started", Instant.now().toString());
		details.setProperty("purpose", purpose);
		// a token makes this lock's content unique, so that only its holder deletes it
		details.setProperty("token", Long.toHexString(new java.security.SecureRandom().nextLong()));
		String content;
		try {
			java.io.StringWriter text = new java.io.StringWriter();
			details.store(text, "Plateau: this folder is being written; see docs/reliability.md");
			content = text.toString();
			Files.writeString(mine, content, StandardCharsets.UTF_8);
		} catch (IOException e) {
			Files.deleteIfExists(mine);
			throw new IOException("cannot write in the folder " + folder + ": " + AtomicFiles.reason(e), e);
		}
		try {
			String broken = null;
			for (int attempt = 0; attempt < 3; attempt++) {
				if (link(lock, mine)) {
					return new FolderLock(lock, content, broken);
				}
				Optional<Holder> holder = holder(folder);
				if (holder.isEmpty()) {
					// unreadable (being written, or torn by a kill): stale only when old
					Optional<Instant> touched = touched(lock);
					if (touched.isEmpty()) {
						continue; // gone in between: try again
					}
					if (touched.get().isAfter(Instant.now().minus(STALE_AFTER))) {
						throw new FolderInUseException(folder, null);
					}
				} else if (!isStale(holder.get())) {
					throw new FolderInUseException(folder, holder.get());
				}
				if (breakLock(lock, holder.orElse(null))) {
					broken = "broke the stale lock of " + (holder.isPresent() ? holder.get().describe()
							: "an unknown writer") + " on " + folder + " (its writer is gone)";
				}
			}
			throw new FolderInUseException(folder, holder(folder).orElse(null));
		} finally {
			Files.deleteIfExists(mine);
		}
	}

	/** The writer holding a folder, if it is locked and its lock can be read. */
	public static Optional<Holder> holder(Path folder) {
		return read(folder.resolve(FILE_NAME));
	}

	private static Optional<Holder> read(Path lock) {
		try {
			String text = Files.readString(lock, StandardCharsets.UTF_8);
			Properties properties = new Properties();
			properties.load(new StringReader(text));
			String host = properties.getProperty("host");
			String pid = properties.getProperty("pid");
			String started = properties.getProperty("started");
			if (host == null || pid == null || started == null) {
				return Optional.empty();
			}
			return Optional.of(new Holder(host, Long.parseLong(pid.trim()), Instant.parse(started.trim()),
					properties.getProperty("purpose", ""), touched(lock).orElse(Instant.EPOCH)));
		} catch (IOException | NumberFormatException | DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** Whether a folder is held by a live writer (a stale lock does not count). */
	public static boolean isHeld(Path folder) {
		Optional<Holder> holder = holder(folder);
		if (holder.isPresent()) {
			return !isStale(holder.get());
		}
		return touched(folder.resolve(FILE_NAME)).map(t -> t.isAfter(Instant.now().minus(STALE_AFTER))).orElse(false);
	}

	/**
	 * The stale-lock rule: on this host, the holder's process is gone or was started after the lock (its id was
	 * reused); on another host, the lock was not touched for {@link #STALE_AFTER}.
	 */
	public static boolean isStale(Holder holder) {
		if (holder.host().equals(host())) {
			Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
			if (process.isEmpty() || !process.get().isAlive()) {
				return true;
			}
			Optional<Instant> processStart = process.get().info().startInstant();
			// a process started (to the second) after the lock is another one with a reused id
			return processStart.isPresent() && processStart.get().isAfter(holder.started().plusSeconds(1));
		}
		return holder.touched().isBefore(Instant.now().minus(STALE_AFTER));
	}

	/** A warning to show when this lock replaced a stale one, else empty. */
	public Optional<String> brokenStaleLock() {
		return Optional.ofNullable(brokenStaleLock);
	}

	/** Releases the lock: deletes the lock file if it is still this writer's (not one that broke it as stale). */
	@Override
	public synchronized void close() {
		if (released) {
			return;
		}
		released = true;
		heartbeat.cancel();
		try {
			if (isMine()) {
				Files.deleteIfExists(lockFile);
			}
		} catch (IOException e) {
			// the folder is gone or read-only now: the lock is stale for the next writer by the rule above
		}
	}

	private boolean isMine() throws IOException {
		return Files.isRegularFile(lockFile) && Files.readString(lockFile, StandardCharsets.UTF_8).equals(content);
	}

	private synchronized void touch() {
		if (!released) {
			try {
				if (isMine()) {
					Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now()));
				}
			} catch (IOException | RuntimeException e) {
				// the next heartbeat tries again; a lock untouched for long is stale only for another host
			}
		}
	}

	private static boolean link(Path lock, Path mine) throws IOException {
		try {
			Files.createLink(lock, mine);
			return true;
		} catch (FileAlreadyExistsException e) {
			return false;
		} catch (UnsupportedOperationException | IOException e) {
			if (e instanceof IOException && Files.exists(lock)) {
				return false;
			}
			// no hard links here: exclusive creation, atomic on local file systems and NFS v3+
			try {
				Files.copy(mine, lock);
				return true;
			} catch (FileAlreadyExistsException exists) {
				return false;
			}
		}
	}

	/**
	 * Renames a stale lock away. Two writers may judge the same lock stale; the second to rename may take the fresh
	 * lock of the first instead: it reads what it renamed, and when that is not the stale holder it links it back.
	 */
	private static boolean breakLock(Path lock, Holder stale) {
		Path aside = lock.resolveSibling(FILE_NAME + ".stale-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		try {
			Files.move(lock, aside);
		} catch (IOException e) {
			return false;
		}
		try {
			Optional<Holder> moved = read(aside);
			boolean wasStale = stale == null ? moved.isEmpty()
					: moved.isPresent() && moved.get().pid() == stale.pid() && moved.get().host().equals(stale.host())
							&& moved.get().started().equals(stale.started());
			if (!wasStale) {
				try {
					Files.createLink(lock, aside);
				} catch (IOException | UnsupportedOperationException e) {
					// a third writer linked its lock in between: it holds the folder now
				}
				return false;
			}
			return true;
		} finally {
			try {
				Files.deleteIfExists(aside);
			} catch (IOException e) {
				// a leftover named .plateau.lock.stale-*: harmless, ignored by every reader
			}
		}
	}

	private static Optional<Instant> touched(Path file) {
		try {
			return Optional.of(Files.getLastModifiedTime(file).toInstant());
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** This machine's host name, as other hosts sharing the folder would see it in the lock. */
	static String host() {
		try {
			String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
			if (!kernel.isEmpty()) {
				return kernel;
			}
		} catch (IOException | RuntimeException e) {
			// not Linux: ask the JDK
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			String host = System.getenv("HOSTNAME");
			return host == null || host.isBlank() ? "localhost" : host;
		}
	}
}
