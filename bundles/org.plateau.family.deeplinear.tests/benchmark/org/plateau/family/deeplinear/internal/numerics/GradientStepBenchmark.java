package org.plateau.family.deeplinear.internal.numerics;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plateau.kernels.DenseKernels;

/**
 * One full-batch gradient descent step of a two-layer linear network (forward, back-propagation and in-place update:
 * five matrix products on the samples) at the sizes of issue 15's table, the step {@code ../shared/bench/ref_dln.py}
 * times in numpy. {@code size} is "n_in,n_hidden,n_out,P" (on the command line {@code -p size=100x100x100x1000}:
 * JMH splits -p values at commas); {@code kernels} is {@code blas} (the process's
 * {@link DenseKernels#standard()}, BLAS from m·n·k = 512) or {@code ejml} (every product in EJML, the kernels before
 * issue 15); {@code covariances} turns on the Sigma_x / Sigma_yx shortcut (a different step, reported apart: the
 * numpy reference does the P-sample step). The largest size takes ~0.5 s per step on BLAS and ~7 s on EJML: run it
 * alone with few iterations, e.g. {@code -p size=1000x1000x1000x2000 -wi 1 -i 3 -w 2s -r 2s}, and EJML there with
 * {@code -wi 0 -i 1} (releng/benchmarks/compare.sh does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class GradientStepBenchmark {

	@Param({ "8,32,15,8", "100,100,100,1000", "1000,1000,1000,2000" })
	public String size;

	@Param({ "blas", "ejml" })
	public String kernels;

	@Param({ "false", "true" })
	public boolean covariances;

	private GradientDescent trainer;

	@Setup(Level.Trial)
	public void setUp() {
		// JMH's -p splits values at commas: select a size on the command line as -p size=100x100x100x1000
		String[] parts = size.split("[,x:]");
		int in = Integer.parseInt(parts[0].trim());
		int hidden = Integer.parseInt(parts[1].trim());
		int out = Integer.parseInt(parts[2].trim());
		int examples = Integer.parseInt(parts[3].trim());
		long start = System.nanoTime();
		// Gaussian inputs with E[Sigma_x] = I and a random teacher; eta = 1e-3 is far inside the stable range
		Dataset data = Tasks.randomRegression(in, out, examples, false, LossConvention.MEAN, 1);
		LinearNetwork network = Initialisations.smallGaussian(in, hidden, out, 2, 1 / Math.sqrt(hidden), 2);
		DenseKernels chosen = kernels(kernels);
		trainer = GradientDescent.fullBatch(network, data, LossConvention.MEAN, 1e-3, covariances, chosen);
		// the set-up is not timed, but at (1000,1000,1000,2000) it multiplies 1000x1000x2000 in EJML once (~1.5 s):
		// printed so that a run can tell it from the steps
		System.out.printf("[setup %s %s covariances=%s: %.2f s; kernels %s]%n", size, kernels, covariances,
				(System.nanoTime() - start) * 1e-9, chosen);
	}

	static DenseKernels kernels(String name) {
		return switch (name) {
		case "blas" -> DenseKernels.standard();
		case "ejml" -> DenseKernels.of(DenseKernels.Backend.EJML);
		default -> throw new IllegalArgumentException("kernels must be blas or ejml, was " + name);
		};
	}

	@Benchmark
	public boolean step() {
		return trainer.step();
	}

	@TearDown(Level.Trial)
	public void checkFinite() {
		if (trainer.diverged()) {
			throw new IllegalStateException("benchmark trainer diverged at step " + trainer.divergenceStep()
					+ ": the timings measured no-op steps");
		}
	}
}
