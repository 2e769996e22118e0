package org.plateau.family.reln.internal;

import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.kernels.DenseKernels;

/**
 * The ReLU trainer of {@code reln-relu} at paper size (Jarvis et al. 2025: 8 objects in 3 contexts, P = 24, 700
 * hidden units, SUM loss, lr 1e-3, init N(0, (0.005/700)^2)) on the data of {@code ../shared/bench/ref_relu.py} (the
 * same-structure task: every context block is the tree, context scale 1). Issue 15 asks for at most 1.0x numpy's
 * {@code ref_relu.py 3 700 8000} with recording included, so three figures:
 * <ul>
 * <li>{@link #step()}: one full-batch step (five products, as numpy's);</li>
 * <li>{@link #recorded()}: what the run's step loop does per step: {@value #RECORD_INTERVAL} steps (the record interval
 * of examples/reln-relu*.plateau) and one record ({@link ReluTrainer#measure}, i.e. a forward pass and
 * {@link UnitPatterns#countByContexts}, then {@link ReluTrainer#isFinite()}), per step;</li>
 * <li>{@link #measure()}: one record alone, to say what recording costs, and its two parts {@link #forward()} and
 * {@link #unitPatterns()}.</li>
 * </ul>
 * {@code kernels}: {@code blas} = {@link DenseKernels#standard()}, {@code ejml} = every product in EJML (before issue
 * 15). The trainer is the package-private one the family runs; the EMF task it is made from is a stand-in (only its
 * three attributes are read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReluStepBenchmark {

	/** Steps between records in examples/reln-relu.plateau and reln-relu-same.plateau (recordInterval="100"). */
	static final int RECORD_INTERVAL = 100;

	@Param({ "3" })
	public int contexts;

	@Param({ "700" })
	public int hidden;

	@Param({ "blas", "ejml" })
	public String kernels;

	private ReluTrainer trainer;
	private double[] record;

	@Setup(Level.Trial)
	public void setUp() {
		DenseKernels chosen = switch (kernels) {
		case "blas" -> DenseKernels.standard();
		case "ejml" -> DenseKernels.of(DenseKernels.Backend.EJML);
		default -> throw new IllegalArgumentException("kernels must be blas or ejml, was " + kernels);
		};
		ContextualData data = new ContextualData(task(contexts, ContextStructure.SAME, 1.0));
		// ref_relu.py: s = 0.005 / hidden, lr = 1e-3
		trainer = new ReluTrainer(data, hidden, 0.005 / hidden, 1e-3, 0, chosen);
		record = new double[1 + contexts];
		System.out.printf("[ReLU %d contexts, %d hidden, P = %d: kernels %s]%n", contexts, hidden, data.samples, chosen);
	}

	/** A ContextualTask that answers its three attributes (the trainer's data reads nothing else). */
	static ContextualTask task(int contexts, ContextStructure structure, double contextScale) {
		return (ContextualTask) Proxy.newProxyInstance(ContextualTask.class.getClassLoader(),
				new Class<?>[] { ContextualTask.class }, (proxy, method, args) -> switch (method.getName()) {
				case "getContexts" -> contexts;
				case "getStructure" -> structure;
				case "getContextScale" -> contextScale;
				case "toString" -> "ContextualTask(" + contexts + ", " + structure + ", " + contextScale + ")";
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	@Benchmark
	public boolean step() {
		return trainer.step();
	}

	@Benchmark
	@OperationsPerInvocation(RECORD_INTERVAL)
	public boolean recorded() {
		// StepLoop: a record at every multiple of the interval (loss + units per context, then isFinite), then steps
		trainer.measure(record);
		boolean finite = Double.isFinite(record[0]) && trainer.isFinite();
		for (int k = 0; k < RECORD_INTERVAL; k++) {
			finite &= trainer.step();
		}
		return finite;
	}

	@Benchmark
	public double measure() {
		trainer.measure(record);
		return record[0] + record[contexts];
	}

	/** The first part of a record: the forward pass (the loss). */
	@Benchmark
	public double forward() {
		return trainer.forward();
	}

	/** The second part of a record: the units active per number of contexts, on the last forward pass. */
	@Benchmark
	public int[] unitPatterns() {
		return UnitPatterns.countByContexts(trainer.w1, trainer.w2, trainer.activation(), trainer.data);
	}

	@TearDown(Level.Trial)
	public void checkFinite() {
		if (!trainer.isFinite()) {
			throw new IllegalStateException("benchmark ReLU trainer diverged: the timings measured non-finite steps");
		}
	}
}
