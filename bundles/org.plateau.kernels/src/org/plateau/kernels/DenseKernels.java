package org.plateau.kernels;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.kernels.internal.BlasBackends;

import dev.ludovic.netlib.blas.BLAS;

/**
 * The dense matrix products of the training loops: C = alpha op(A) op(B) + beta C on EJML's row-major
 * {@link DMatrixRMaj}, in place and without copies. A product of m·n·k multiply-adds at or above
 * {@link #blasFromFlops()} goes to BLAS dgemm ({@code dev.ludovic.netlib:blas}: JNI to the system's OpenBLAS when it is
 * installed, its Java vector implementation otherwise); a smaller one to EJML, for which a call into BLAS costs more
 * than it saves (docs/benchmarks.md, "Kernel crossover"). EJML stays for decompositions.
 * <p>
 * A row-major r x c matrix is the column-major c x r matrix of the same array, so C = op(A) op(B) row-major is
 * C^T = op(B)^T op(A)^T column-major: dgemm gets the operands swapped, each with its own transpose flag and leading
 * dimension numCols. Stateless and thread-safe; nothing is allocated per call.
 */
public final class DenseKernels {

	/** Where the large products run. */
	public enum Backend {
		/** BLAS through JNI to a native library (OpenBLAS, Accelerate, ...). */
		NATIVE_BLAS("native BLAS"),
		/** netlib's pure-Java BLAS (VectorBLAS with jdk.incubator.vector, else Java11BLAS). */
		JAVA_BLAS("Java BLAS"),
		/** EJML only: every product in EJML's CommonOps_DDRM, as before BLAS kernels existed. */
		EJML("EJML");

		private final String label;

		Backend(String label) {
			this.label = label;
		}

		/** A short name for messages and the manifest. */
		public String label() {
			return label;
		}
	}

	/** Chooses the process's kernels: {@code auto} (default), {@code native}, {@code java} or {@code ejml}. */
	public static final String BACKEND_PROPERTY = "plateau.kernels";
	/** Overrides {@link #blasFromFlops()} (a product of at least this many multiply-adds goes to BLAS). */
	public static final String THRESHOLD_PROPERTY = "plateau.kernels.blasFromFlops";
	/**
	 * m·n·k from which BLAS is faster than EJML on this kind of machine: EJML wins at 4x4x4 (64), JNI to OpenBLAS from
	 * 8x8x8 (512) on, its per-call overhead being about 0.4 µs (docs/benchmarks.md, "Kernel crossover").
	 */
	public static final long DEFAULT_BLAS_FROM_FLOPS = 512;

	private static final String NO_TRANSPOSE = "N";
	private static final String TRANSPOSE = "T";

	private final Backend backend;
	private final BLAS blas;
	private final long blasFromFlops;
	private final String library;

	private DenseKernels(Backend backend, BLAS blas, long blasFromFlops, String library) {
		this.backend = backend;
		this.blas = blas;
		this.blasFromFlops = blasFromFlops;
		this.library = library;
	}

	private static final class Standard {
		static final DenseKernels KERNELS = choose(System.getProperty(BACKEND_PROPERTY, "auto"));
	}

	/**
	 * The process's kernels, chosen once from {@value #BACKEND_PROPERTY}: {@code auto} takes native BLAS when it
	 * loads and Java BLAS otherwise.
	 *
	 * @throws IllegalStateException if the property names an unknown backend, or {@code native} where no native BLAS
	 *                               loads
	 */
	public static DenseKernels standard() {
		return Standard.KERNELS;
	}

	/** Kernels on the given backend, with the default threshold. */
	public static DenseKernels of(Backend backend) {
		return of(backend, threshold());
	}

	/**
	 * Kernels on the given backend that send a product to BLAS from {@code blasFromFlops} multiply-adds (0: always).
	 *
	 * @throws IllegalStateException if the backend is {@link Backend#NATIVE_BLAS} and no native BLAS loads
	 */
	public static DenseKernels of(Backend backend, long blasFromFlops) {
		return switch (backend) {
		case NATIVE_BLAS -> {
			BLAS nativeBlas = BlasBackends.nativeBlas().orElseThrow(() -> new IllegalStateException(
					"no native BLAS could be loaded (" + BlasBackends.nativeProblem() + "); on Linux install "
							+ "libopenblas0, or run with -D" + BACKEND_PROPERTY + "=auto to use Java BLAS"));
			yield new DenseKernels(backend, nativeBlas, blasFromFlops, BlasBackends.nativeLibrary());
		}
		case JAVA_BLAS -> new DenseKernels(backend, BlasBackends.javaBlas(), blasFromFlops,
				BlasBackends.javaBlas().getClass().getSimpleName());
		case EJML -> new DenseKernels(backend, null, Long.MAX_VALUE, "EJML CommonOps_DDRM");
		};
	}

	/**
	 * The threads this process may keep busy: OPENBLAS_NUM_THREADS (or OMP_NUM_THREADS) when set, as the {@code plateau}
	 * script sets it to 1 for a sweep running points in parallel and for the workbench, else every core. Hot loops that
	 * parallelise outside BLAS (e.g. sampling) use this many threads, so that parallel jobs do not oversubscribe.
	 */
	public static int threadBudget() {
		for (String variable : new String[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS" }) {
			String value = System.getenv(variable);
			if (value != null && !value.isBlank()) {
				try {
					return Math.max(1, Integer.parseInt(value.trim()));
				} catch (NumberFormatException e) {
					break;
				}
			}
		}
		return Runtime.getRuntime().availableProcessors();
	}

	/** Whether a native BLAS loads in this process. */
	public static boolean nativeAvailable() {
		return BlasBackends.nativeBlas().isPresent();
	}

	private static DenseKernels choose(String name) {
		return switch (name) {
		case "auto" -> of(nativeAvailable() ? Backend.NATIVE_BLAS : Backend.JAVA_BLAS);
		case "native" -> of(Backend.NATIVE_BLAS);
		case "java" -> of(Backend.JAVA_BLAS);
		case "ejml" -> of(Backend.EJML);
		default -> throw new IllegalStateException("unknown dense-kernel backend -D" + BACKEND_PROPERTY + "=" + name
				+ ": use auto, native, java or ejml");
		};
	}

	private static long threshold() {
		String value = System.getProperty(THRESHOLD_PROPERTY);
		if (value == null) {
			return DEFAULT_BLAS_FROM_FLOPS;
		}
		try {
			long flops = Long.parseLong(value.trim());
			if (flops < 0) {
				throw new NumberFormatException();
			}
			return flops;
		} catch (NumberFormatException e) {
			throw new IllegalStateException("-D" + THRESHOLD_PROPERTY + "=" + value
					+ " is not a number of multiply-adds (a whole number >= 0)");
		}
	}

	/** Where products at or above {@link #blasFromFlops()} run. */
	public Backend backend() {
		return backend;
	}

	/** The m·n·k from which a product goes to BLAS (Long.MAX_VALUE for {@link Backend#EJML}). */
	public long blasFromFlops() {
		return blasFromFlops;
	}

	/**
	 * What a run's manifest records: the backend, the library behind it, the BLAS threads of the process and the
	 * threshold, as strings.
	 */
	public Map<String, String> describe() {
		Map<String, String> description = new LinkedHashMap<>();
		description.put("backend", backend.label());
		description.put("library", library);
		description.put("threads", backend == Backend.NATIVE_BLAS ? BlasBackends.nativeThreads() : "1");
		description.put("blasFrom", backend == Backend.EJML ? "never" : "m*n*k >= " + blasFromFlops);
		return description;
	}

	/** One line for logs and messages, e.g. "native BLAS (OpenBLAS 0.3.21), 1 thread". */
	@Override
	public String toString() {
		Map<String, String> d = describe();
		return d.get("backend") + " (" + d.get("library") + "), threads " + d.get("threads");
	}

	/**
	 * C = alpha op(A) op(B) + beta C, op(X) = X or X^T. With beta = 0, C is reshaped to the product's size (as EJML's
	 * mult does, allocating only if its array is too small) and its old values are ignored; otherwise C must have the
	 * product's size.
	 */
	public void gemm(boolean transposeA, boolean transposeB, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta,
			DMatrixRMaj c) {
		int m = transposeA ? a.numCols : a.numRows;
		int k = transposeA ? a.numRows : a.numCols;
		int n = transposeB ? b.numRows : b.numCols;
		int kb = transposeB ? b.numCols : b.numRows;
		if (k != kb) {
			throw new IllegalArgumentException("inner dimensions differ: op(A) is " + m + "x" + k + ", op(B) is " + kb
					+ "x" + n);
		}
		if (c == a || c == b) {
			throw new IllegalArgumentException("the product may not be written into one of its factors");
		}
		if (beta == 0) {
			c.reshape(m, n);
		} else if (c.numRows != m || c.numCols != n) {
			throw new IllegalArgumentException("C is " + c.numRows + "x" + c.numCols + ", the product " + m + "x" + n);
		}
		if ((long) m * n * k >= blasFromFlops && m > 0 && n > 0 && k > 0) {
			// column-major: C^T = op(B)^T op(A)^T
			blas.dgemm(transposeB ? TRANSPOSE : NO_TRANSPOSE, transposeA ? TRANSPOSE : NO_TRANSPOSE, n, m, k, alpha,
					b.data, Math.max(1, b.numCols), a.data, Math.max(1, a.numCols), beta, c.data, Math.max(1, n));
			return;
		}
		ejml(transposeA, transposeB, alpha, a, b, beta, c);
	}

	private static void ejml(boolean transposeA, boolean transposeB, double alpha, DMatrixRMaj a, DMatrixRMaj b,
			double beta, DMatrixRMaj c) {
		if (beta == 0 && alpha == 1) {
			if (transposeA && transposeB) {
				CommonOps_DDRM.multTransAB(a, b, c);
			} else if (transposeA) {
				CommonOps_DDRM.multTransA(a, b, c);
			} else if (transposeB) {
				CommonOps_DDRM.multTransB(a, b, c);
			} else {
				CommonOps_DDRM.mult(a, b, c);
			}
			return;
		}
		if (beta == 0) {
			if (transposeA && transposeB) {
				CommonOps_DDRM.multTransAB(alpha, a, b, c);
			} else if (transposeA) {
				CommonOps_DDRM.multTransA(alpha, a, b, c);
			} else if (transposeB) {
				CommonOps_DDRM.multTransB(alpha, a, b, c);
			} else {
				CommonOps_DDRM.mult(alpha, a, b, c);
			}
			return;
		}
		if (beta != 1) {
			CommonOps_DDRM.scale(beta, c);
		}
		if (transposeA && transposeB) {
			CommonOps_DDRM.multAddTransAB(alpha, a, b, c);
		} else if (transposeA) {
			CommonOps_DDRM.multAddTransA(alpha, a, b, c);
		} else if (transposeB) {
			CommonOps_DDRM.multAddTransB(alpha, a, b, c);
		} else {
			CommonOps_DDRM.multAdd(alpha, a, b, c);
		}
	}

	/** C = A B. */
	public void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(false, false, 1, a, b, 0, c);
	}

	/** C = A^T B. */
	public void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(true, false, 1, a, b, 0, c);
	}

	/** C = A B^T. */
	public void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(false, true, 1, a, b, 0, c);
	}

	/** C += alpha A B. */
	public void multAdd(double alpha, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(false, false, alpha, a, b, 1, c);
	}

	/** C += alpha A^T B. */
	public void multAddTransA(double alpha, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(true, false, alpha, a, b, 1, c);
	}

	/** C += alpha A B^T. */
	public void multAddTransB(double alpha, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
		gemm(false, true, alpha, a, b, 1, c);
	}
}
