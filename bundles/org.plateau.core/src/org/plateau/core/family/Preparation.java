package org.plateau.core.family;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link PreparedExperiment} from what a family has translated: its descriptors, how to make a trainer and
 * how to offer theory. A family that needs nothing more need not implement the interface itself.
 *
 * <pre>
 * return Preparation.of(setup.metrics()).matrices(setup.matrices()).plots(plots(setup))
 * 		.trainer(() -&gt; GatedTrainer.of(setup)).theory(() -&gt; theory(experiment, setup)).build();
 * </pre>
 */
public final class Preparation {

	/** Makes a trainer at step 0. */
	@FunctionalInterface
	public interface TrainerFactory {
		Trainer create() throws ExperimentException;
	}

	/** Offers the theory of the experiment, or refuses with the reason. */
	@FunctionalInterface
	public interface TheoryFactory {
		List<TheoryPrediction> create() throws ExperimentException;
	}

	private final List<MetricDescriptor> metrics;
	private List<MatrixDescriptor> matrices = List.of();
	private List<PlotDescriptor> plots = List.of();
	private TrainerFactory trainer;
	private TheoryFactory theory = List::of;
	private String divergenceAdvice;
	private long estimatedBytes = -1;
	private String sizedBy = "";
	private List<UnusedSetting> unused = List.of();
	private List<String> warnings = List.of();
	private Map<String, String> numerics = Map.of();

	private Preparation(List<MetricDescriptor> metrics) {
		this.metrics = List.copyOf(metrics);
	}

	/** A preparation recording these metrics, the first the training loss. */
	public static Preparation of(List<MetricDescriptor> metrics) {
		return new Preparation(metrics);
	}

	public Preparation matrices(List<MatrixDescriptor> matrices) {
		this.matrices = List.copyOf(matrices);
		return this;
	}

	public Preparation plots(List<PlotDescriptor> plots) {
		this.plots = List.copyOf(plots);
		return this;
	}

	public Preparation trainer(TrainerFactory trainer) {
		this.trainer = trainer;
		return this;
	}

	/** The theory offered; none by default. */
	public Preparation theory(TheoryFactory theory) {
		this.theory = theory;
		return this;
	}

	public Preparation divergenceAdvice(String advice) {
		this.divergenceAdvice = advice;
		return this;
	}

	/** The memory a run needs, estimated before it allocates ({@link PreparedExperiment#estimatedBytes()}). */
	public Preparation estimatedBytes(long bytes) {
		this.estimatedBytes = bytes;
		return this;
	}

	/**
	 * The memory a run needs and the settings that size it, for the message that refuses a run too large for the
	 * heap ({@link PreparedExperiment#sizedBy()}), e.g. {@code "hidden width 200000000 (depth 2, 4 examples)"}.
	 */
	public Preparation estimatedBytes(long bytes, String sizedBy) {
		this.estimatedBytes = bytes;
		this.sizedBy = sizedBy == null ? "" : sizedBy;
		return this;
	}

	/** The settings that play no part in the experiment ({@link PreparedExperiment#unusedSettings()}). */
	public Preparation unused(List<UnusedSetting> settings) {
		this.unused = List.copyOf(settings);
		return this;
	}

	/** What the user should know about the experiment ({@link PreparedExperiment#warnings()}). */
	public Preparation warnings(List<String> warnings) {
		this.warnings = List.copyOf(warnings);
		return this;
	}

	/** How the simulation computes ({@link PreparedExperiment#numerics()}), in the given order. */
	public Preparation numerics(Map<String, String> statements) {
		this.numerics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statements));
		return this;
	}

	/** The prepared experiment. */
	public PreparedExperiment build() {
		Objects.requireNonNull(trainer, "trainer");
		List<MetricDescriptor> metrics = this.metrics;
		List<MatrixDescriptor> matrices = this.matrices;
		List<PlotDescriptor> plots = this.plots;
		TrainerFactory trainer = this.trainer;
		TheoryFactory theory = this.theory;
		String advice = this.divergenceAdvice;
		long bytes = this.estimatedBytes;
		String sizedBy = this.sizedBy;
		List<UnusedSetting> unused = this.unused;
		List<String> warnings = this.warnings;
		Map<String, String> numerics = this.numerics;
		return new PreparedExperiment() {
			@Override
			public List<MetricDescriptor> metrics() {
				return metrics;
			}

			@Override
			public List<MatrixDescriptor> matrices() {
				return matrices;
			}

			@Override
			public List<PlotDescriptor> plots() {
				return plots;
			}

			@Override
			public Trainer trainer() throws ExperimentException {
				return trainer.create();
			}

			@Override
			public List<TheoryPrediction> theory() throws ExperimentException {
				return theory.create();
			}

			@Override
			public long estimatedBytes() {
				return bytes;
			}

			@Override
			public String sizedBy() {
				return sizedBy;
			}

			@Override
			public List<UnusedSetting> unusedSettings() {
				return unused;
			}

			@Override
			public List<String> warnings() {
				return warnings;
			}

			@Override
			public Map<String, String> numerics() {
				return numerics;
			}

			@Override
			public String divergenceAdvice() {
				return advice != null ? advice : PreparedExperiment.super.divergenceAdvice();
			}
		};
	}
}
