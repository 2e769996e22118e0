package org.plateau.family.rnn.automata;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Automaton extraction of one hidden-state snapshot at paper size (van Rossem &amp; Saxe 2025: all binary strings of
 * length 1..10 and h_0, 2047 states of P = 100 units) near the peak of the tree phase, ~10^3 groups. Issue 16 asks for
 * "well under 1 s" per snapshot. Spec section 4: the greedy grouping is O(#strings x #groups x P).
 * <p>
 * The snapshot: {@code groups} centres, string i at centre {@code i mod groups} plus noise of norm below eps/4, so
 * the first {@code groups} strings open a group each (scanning all earlier ones) and the rest join one. {@code layout}:
 * {@code gaussian} = centres with independent N(0, 0.05^2) units (distances ~70 eps, a distance is abandoned after a
 * unit or two); {@code line} = centres 2 eps apart on the diagonal (every unit carries the same share of a distance, so
 * a group within a few eps is abandoned only after many units). Measured (JMH, one thread, JDK 17, 2 cores):
 * extract 4.5 ms (gaussian) / 3.9 ms (line), minimal 0.07 ms, census 0.13 ms.
 * <ul>
 * <li>{@link #extract()}: the grouping, transitions and outputs;</li>
 * <li>{@link #minimal()}: Hopcroft on the extracted (partial) automaton;</li>
 * <li>{@link #census()}: the merger census against parity.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AutomatonExtractionBenchmark {

	/** Paper: P = 100 ReLU units (spec 1.2 (a)). */
	static final int P = 100;

	@Param({ "1000" })
	public int groups;

	@Param({ "gaussian", "line" })
	public String layout;

	private AnalysisStrings strings;
	private double[] hidden;
	private int[] readout;
	private double eps;
	private ExtractedAutomaton extracted;

	@Setup(Level.Trial)
	public void setUp() {
		strings = new AnalysisStrings(2, 10);
		int n = strings.size();
		SplittableRandom random = new SplittableRandom(16);
		eps = 0.005;
		double[] centres = new double[groups * P];
		for (int g = 0; g < groups; g++) {
			for (int k = 0; k < P; k++) {
				centres[g * P + k] = switch (layout) {
				case "gaussian" -> 0.05 * random.nextGaussian();
				case "line" -> g * 2 * eps / Math.sqrt(P);
				default -> throw new IllegalArgumentException("layout must be gaussian or line, was " + layout);
				};
			}
		}
		hidden = new double[n * P];
		readout = new int[n];
		for (int i = 0; i < n; i++) {
			int g = i % groups;
			for (int k = 0; k < P; k++) {
				// noise per unit 0.02 eps: norm 0.2 eps < eps/4
				hidden[i * P + k] = centres[g * P + k] + 0.02 * eps * (2 * random.nextDouble() - 1);
			}
			readout[i] = random.nextInt(2);
		}
		extracted = AutomatonExtraction.extract(strings, hidden, P, readout, 2, eps);
		if (extracted.groups() != groups) {
			throw new IllegalStateException("the benchmark snapshot gave " + extracted.groups() + " groups, not " + groups);
		}
		System.out.printf("[extraction: %d strings x %d units, %d groups, layout %s]%n", n, P, extracted.groups(),
				layout);
	}

	@Benchmark
	public ExtractedAutomaton extract() {
		return AutomatonExtraction.extract(strings, hidden, P, readout, 2, eps);
	}

	@Benchmark
	public Automaton minimal() {
		return extracted.automaton().minimal();
	}

	@Benchmark
	public MergerCensus census() {
		return MergerCensus.of(extracted, Automaton.streamingParity());
	}
}
