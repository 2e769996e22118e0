package org.plateau.kernels.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * Loads netlib's BLAS implementations once per process and says which native library is behind the JNI one. netlib
 * logs its choice at INFO on the console; Plateau reports it in the manifest instead, so that logger is quietened.
 */
public final class BlasBackends {

	/** Held so that the level set here is not lost with a collected logger. */
	private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib.blas");

	static {
		NETLIB_LOG.setLevel(Level.WARNING);
	}

	private BlasBackends() {
	}

	private static final class Native {
		static final NativeBLAS BLAS;
		static final String PROBLEM;
		static {
			NativeBLAS loaded = null;
			String problem = null;
			try {
				loaded = NativeBLAS.getInstance();
			} catch (RuntimeException | LinkageError e) {
				Throwable cause = e;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				problem = "the system's " + System.getProperty("dev.ludovic.netlib.blas.nativeLib", defaultLibrary())
						+ " did not load: " + cause;
			}
			BLAS = loaded;
			PROBLEM = problem;
		}
	}

	/** The JNI BLAS, if the system's BLAS library loads. */
	public static Optional<BLAS> nativeBlas() {
		return Optional.ofNullable(Native.BLAS);
	}

	/** Why {@link #nativeBlas()} is empty (or null if it is not). */
	public static String nativeProblem() {
		return Native.PROBLEM;
	}

	/** netlib's Java BLAS: VectorBLAS when jdk.incubator.vector is in the boot layer, else Java11BLAS. */
	public static BLAS javaBlas() {
		return JavaBLAS.getInstance();
	}

	/** The library netlib's JNI part opens by default on this OS. */
	static String defaultLibrary() {
		String os = System.getProperty("os.name", "");
		if (os.startsWith("Mac")) {
			return "Accelerate framework";
		}
		if (os.startsWith("Windows")) {
			return "libopenblas.dll";
		}
		return "libblas.so.3";
	}

	/**
	 * The native library behind the JNI BLAS: on Linux the BLAS shared object mapped into this process (e.g.
	 * "OpenBLAS 0.3.21 (/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so)"), else the library
	 * netlib opens.
	 */
	public static String nativeLibrary() {
		String requested = System.getProperty("dev.ludovic.netlib.blas.nativeLibPath",
				System.getProperty("dev.ludovic.netlib.blas.nativeLib", defaultLibrary()));
		Path maps = Path.of("/proc/self/maps");
		if (!Files.isReadable(maps)) {
			return requested;
		}
		try {
			List<String> lines = Files.readAllLines(maps);
			String fallback = null;
			for (String line : lines) {
				int slash = line.indexOf('/');
				if (slash < 0) {
					continue;
				}
				String file = line.substring(slash);
				String name = file.substring(file.lastIndexOf('/') + 1);
				if (name.startsWith("libopenblas")) {
					return "OpenBLAS" + openBlasVersion(name) + " (" + file + ")";
				}
				if (fallback == null && (name.startsWith("libblas") || name.startsWith("libmkl") || name.contains("blis"))) {
					fallback = file;
				}
			}
			return fallback != null ? fallback : requested;
		} catch (IOException e) {
			return requested;
		}
	}

	/** " 0.3.21" from "libopenblasp-r0.3.21.so", or "". */
	static String openBlasVersion(String fileName) {
		int r = fileName.indexOf("-r");
		int so = fileName.lastIndexOf(".so");
		return r >= 0 && so > r + 2 ? " " + fileName.substring(r + 2, so) : "";
	}

	/**
	 * The BLAS threads of this process: OpenBLAS reads OPENBLAS_NUM_THREADS (or OMP_NUM_THREADS) once when it loads
	 * and otherwise uses every core.
	 */
	public static String nativeThreads() {
		for (String variable : new String[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS" }) {
			String value = System.getenv(variable);
			if (value != null && !value.isBlank()) {
				return value.trim() + " (" + variable + ")";
			}
		}
		return Runtime.getRuntime().availableProcessors() + " (all cores)";
	}
}
