package org.plateau.family.rnn.internal;

import java.util.SplittableRandom;
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
import org.plateau.family.rnn.automata.Automaton;
import org.plateau.kernels.DenseKernels;

/**
 * One SGD epoch of the streaming-parity RNN at the paper's configuration (van Rossem &amp; Saxe 2025, App. C.1: P = 100
 * ReLU units, h0 = ones, Xavier gain 0.1, lr 0.02, batch 128, MSELoss mean, all strings of length 1..10: 21 steps),
 * against {@code ../shared/bench/ref_rnn.py EPOCHS 100} (the same epoch in numpy, per-string BPTT batched over 128).
 * Issue 16 asks for at most 1/3 of numpy's time per epoch. Also {@link #finalHidden()}: the forward pass of the
 * automaton analysis (the final hidden states of all 2046 training strings, dataset by dataset) that a record does.
 * {@code kernels}: {@code blas} = {@link DenseKernels#standard()}, {@code ejml} = every product of the epoch in EJML
 * ({@link ElmanNetwork#finalHidden} always runs on {@link DenseKernels#standard()}). Measured on 2 cores,
 * OPENBLAS_NUM_THREADS=1 (compare.sh): 13.2 ms per epoch against numpy's 117 ms (0.11x); EJML 84 ms; finalHidden 2.5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ElmanEpochBenchmark {

	@Param({ "100" })
	public int hidden;

	@Param({ "blas", "ejml" })
	public String kernels;

	private ElmanTraining training;
	private SequenceData train;
	private double[] states;

	@Setup(Level.Trial)
	public void setUp() {
		DenseKernels chosen = switch (kernels) {
		case "blas" -> DenseKernels.standard();
		case "ejml" -> DenseKernels.of(DenseKernels.Backend.EJML);
		default -> throw new IllegalArgumentException("kernels must be blas or ejml, was " + kernels);
		};
		train = SequenceData.allStrings(Automaton.streamingParity(), 10, 1.0, null);
		SplittableRandom random = new SplittableRandom(0);
		ElmanNetwork net = new ElmanNetwork(2, hidden, 2, ElmanNetwork.Activation.RELU, true, false);
		net.initialiseXavier(0.1, random);
		training = new ElmanTraining(net, train, ElmanTraining.LossKind.SQUARED_ERROR, true, 0.02, 128, random, chosen);
		states = new double[train.maxSize() * hidden];
		System.out.printf("[Elman RNN P = %d, L = 1..10, batch 128, %d steps per epoch: kernels %s]%n", hidden,
				training.stepsPerEpoch(), chosen);
	}

	/** One epoch: 21 SGD steps of BPTT over the batches' distinct prefixes. */
	@Benchmark
	public boolean epoch() {
		return training.epoch();
	}

	/** The final hidden states of all 2046 strings of length 1..10 (the automaton analysis' forward pass). */
	@Benchmark
	public double finalHidden() {
		double sum = 0;
		for (int k = 0; k < train.datasets(); k++) {
			training.network().finalHidden(train, k, states);
			sum += states[0];
		}
		return sum;
	}

	@TearDown(Level.Trial)
	public void checkFinite() {
		if (!training.network().isFinite()) {
			throw new IllegalStateException("benchmark RNN diverged: the timings measured non-finite steps");
		}
	}
}
