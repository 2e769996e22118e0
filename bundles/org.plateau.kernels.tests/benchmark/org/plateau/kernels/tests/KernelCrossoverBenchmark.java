package org.plateau.kernels.tests;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plateau.kernels.DenseKernels;
import org.plateau.kernels.DenseKernels.Backend;

/**
 * Where BLAS starts to beat EJML: one product through {@link DenseKernels#gemm} on each backend with the BLAS route
 * forced (threshold 0), for small squares and for the skinny products of the real step loops, to fix
 * {@link DenseKernels#DEFAULT_BLAS_FROM_FLOPS}. {@code shape} is {@code [C+=]A*B}, each factor {@code RxC} or
 * {@code (RxC)^T} (stored R x C, used transposed); {@code C+=} is the update form C += alpha op(A) op(B) (beta = 1),
 * otherwise C = op(A) op(B). The shapes of the loops:
 * <ul>
 * <li>deep linear (8,32,15,8), GradientDescent.step: H = W1 X 32x8*8x8, W2 H 15x32*32x8, G1 = W2^T G2
 * (15x32)^T*15x8, W2 += G2 H^T C+=15x8*(32x8)^T, W1 += G1 X^T C+=32x8*(8x8)^T;</li>
 * <li>ReLU reln-relu (3 contexts, 700 units, P = 24), ReluTrainer.step: W1 X 700x11*11x24, W2 A 60x700*700x24, W2^T E
 * (60x700)^T*60x24, W2 -= lr E A^T C+=60x24*(700x24)^T, W1 -= lr D X^T C+=700x24*(11x24)^T.</li>
 * </ul>
 * Run e.g. {@code java -jar benchmarks.jar KernelCrossoverBenchmark -rf json} (one fork per shape and backend, ~2 s
 * each); the product's m·n·k is the figure DenseKernels compares with its threshold.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class KernelCrossoverBenchmark {

	@Param({ "4x4*4x4", "6x6*6x6", "8x8*8x8", "12x12*12x12", "16x16*16x16", "32x32*32x32",
			"32x8*8x8", "15x32*32x8", "(15x32)^T*15x8", "C+=15x8*(32x8)^T", "C+=32x8*(8x8)^T",
			"700x11*11x24", "60x700*700x24", "(60x700)^T*60x24", "C+=60x24*(700x24)^T", "C+=700x24*(11x24)^T" })
	public String shape;

	@Param({ "ejml", "native", "java" })
	public String backend;

	private static final Pattern FACTOR = Pattern.compile("\\(?(\\d+)x(\\d+)\\)?(\\^T)?");

	private DenseKernels kernels;
	private DMatrixRMaj a;
	private DMatrixRMaj b;
	private DMatrixRMaj c;
	private boolean transposeA;
	private boolean transposeB;
	private double alpha;
	private double beta;

	@Setup(Level.Trial)
	public void setUp() {
		kernels = switch (backend) {
		case "ejml" -> DenseKernels.of(Backend.EJML);
		case "native" -> DenseKernels.of(Backend.NATIVE_BLAS, 0);
		case "java" -> DenseKernels.of(Backend.JAVA_BLAS, 0);
		default -> throw new IllegalArgumentException("backend must be ejml, native or java, was " + backend);
		};
		String product = shape;
		boolean update = product.startsWith("C+=");
		if (update) {
			product = product.substring(3);
		}
		String[] factors = product.split("\\*");
		Random random = new Random(11);
		a = factor(factors[0], random);
		transposeA = factors[0].endsWith("^T");
		b = factor(factors[1], random);
		transposeB = factors[1].endsWith("^T");
		int m = transposeA ? a.numCols : a.numRows;
		int n = transposeB ? b.numRows : b.numCols;
		c = new DMatrixRMaj(m, n);
		System.out.println("[" + shape + ": kernels " + kernels + ", BLAS from m*n*k = " + kernels.blasFromFlops() + "]");
		// an update as the step loops make it (W += -eta G H^T); a small alpha keeps C bounded over many calls
		alpha = update ? -1e-9 : 1;
		beta = update ? 1 : 0;
	}

	private static DMatrixRMaj factor(String text, Random random) {
		Matcher matcher = FACTOR.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a factor RxC or (RxC)^T: " + text);
		}
		DMatrixRMaj matrix = new DMatrixRMaj(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
		for (int i = 0; i < matrix.data.length; i++) {
			matrix.data[i] = random.nextGaussian();
		}
		return matrix;
	}

	@Benchmark
	public DMatrixRMaj gemm() {
		kernels.gemm(transposeA, transposeB, alpha, a, b, beta, c);
		return c;
	}
}
