package org.plateau.kernels.tests;

import java.util.Random;
import java.util.concurrent.TimeUnit;

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

/**
 * dgemm's peak as Plateau reaches it: one square C = A B of size n through {@link DenseKernels#standard()} (native
 * OpenBLAS where installed), 2 n^3 flop per call. releng/benchmarks/compare.sh divides the step benchmarks' GFLOP/s
 * by this figure, measured in the same run with the same BLAS threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class DgemmPeakBenchmark {

	@Param({ "1000" })
	public int n;

	private DenseKernels kernels;
	private DMatrixRMaj a;
	private DMatrixRMaj b;
	private DMatrixRMaj c;

	@Setup(Level.Trial)
	public void setUp() {
		kernels = DenseKernels.standard();
		Random random = new Random(5);
		a = new DMatrixRMaj(n, n);
		b = new DMatrixRMaj(n, n);
		c = new DMatrixRMaj(n, n);
		for (int i = 0; i < a.data.length; i++) {
			a.data[i] = random.nextGaussian();
			b.data[i] = random.nextGaussian();
		}
		System.out.println("[dgemm " + n + ": kernels " + kernels + "]");
	}

	@Benchmark
	public DMatrixRMaj mult() {
		kernels.mult(a, b, c);
		return c;
	}
}
