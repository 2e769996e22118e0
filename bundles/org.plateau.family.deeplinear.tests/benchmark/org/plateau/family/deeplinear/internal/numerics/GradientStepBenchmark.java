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

/**
 * One full-batch gradient descent step of a two-layer linear network (forward, back-propagation and in-place update:
 * five matrix products) at the sizes of shared/platform.md, for comparison with its EJML and BLAS figures.
 * {@code size} is "n_in,n_hidden,n_out,P". The largest size takes seconds per step: run it with few iterations,
 * e.g. {@code -f 1 -wi 1 -i 2 -w 1s -r 1s}.
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

	private GradientDescent trainer;

	@Setup(Level.Trial)
	public void setUp() {
		String[] parts = size.split(",");
		int in = Integer.parseInt(parts[0].trim());
		int hidden = Integer.parseInt(parts[1].trim());
		int out = Integer.parseInt(parts[2].trim());
		int examples = Integer.parseInt(parts[3].trim());
		// Gaussian inputs with E[Sigma_x] = I and a random teacher; eta = 1e-3 is far inside the stable range
		Dataset data = Tasks.randomRegression(in, out, examples, false, LossConvention.MEAN, 1);
		LinearNetwork network = Initialisations.smallGaussian(in, hidden, out, 2, 1 / Math.sqrt(hidden), 2);
		trainer = GradientDescent.fullBatch(network, data, LossConvention.MEAN, 1e-3);
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
