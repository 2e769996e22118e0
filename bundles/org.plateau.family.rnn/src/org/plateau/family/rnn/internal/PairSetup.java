package org.plateau.family.rnn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.core.family.UnusedSetting;
import org.plateau.family.rnn.model.ExpansionModel;
import org.plateau.family.rnn.model.ExpansionPoint;
import org.plateau.family.rnn.model.PairInitialisation;
import org.plateau.family.rnn.model.RepresentationPairTask;
import org.plateau.family.rnn.theory.FixedExpansionModel;
import org.plateau.family.rnn.theory.FixedExpansionTheory;
import org.plateau.family.rnn.theory.MeanExpansionModel;
import org.plateau.family.rnn.theory.TwoPointTheory;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;

/**
 * The translation of a representation-pair experiment (van Rossem &amp; Saxe 2025, App. B): the pair's linearised maps
 * trained by gradient descent with one learning rate per parameter group, and the reduced ODE of the same quantities
 * as exact theory.
 * <p>
 * Step k is one gradient-descent step of size eta (the training's learning rate) on every group, each scaled by its
 * relative rate; time is t = k eta, in which the rates of the theory are the relative rates themselves. The maps start
 * orthogonal to each other and to the targets (the notebook's zero angles): with o = 3 outputs the targets lie along
 * the first, the biases b_i (the mean model's ybar_i) along the second and the maps D_i along the third.
 */
final class PairSetup {

	static final String LOSS = "loss";
	static final String DISTANCE = "distance";
	static final String H1 = "h1";
	static final String H2 = "h2";
	static final String BIAS_NORM = "bias.norm2";
	static final String MAP_NORM = "map.norm2";
	static final String PREDICTION = "prediction";
	static final String ALIGNMENT = "alignment";
	private static final int OUTPUTS = 3;

	final Experiment experiment;
	final RepresentationPairTask task;
	final ExpansionModel model;
	final PairInitialisation start;
	final boolean fixed;
	final double learningRate;

	private PairSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		this.task = (RepresentationPairTask) experiment.getTask();
		if (!(experiment.getArchitecture() instanceof ExpansionModel expansion)) {
			throw new ExperimentException("Architecture of experiment '" + experiment.getName() + "': a "
					+ "RepresentationPairTask is learnt by an ExpansionModel (the linearised maps around the pair), not "
					+ (experiment.getArchitecture() == null ? "none" : experiment.getArchitecture().eClass().getName()));
		}
		this.model = expansion;
		if (!(experiment.getInitialisation() instanceof PairInitialisation pair)) {
			throw new ExperimentException("Initialisation of experiment '" + experiment.getName() + "': a "
					+ "RepresentationPairTask starts from a PairInitialisation (the two representations and the maps' size), "
					+ "not " + (experiment.getInitialisation() == null ? "none" : experiment.getInitialisation().eClass().getName()));
		}
		this.start = pair;
		this.fixed = expansion.getExpansionPoint() == ExpansionPoint.FIXED;
		this.learningRate = experiment.getTraining().getLearningRate();
	}

	static PairSetup of(Experiment experiment) throws ExperimentException {
		return new PairSetup(experiment);
	}

	private int continuations() {
		return task.getTargets1().size();
	}

	/** y*_{a,i} along the first output. */
	private double[][] targets(List<Double> values) {
		double[][] targets = new double[values.size()][OUTPUTS];
		for (int i = 0; i < values.size(); i++) {
			targets[i][0] = values.get(i);
		}
		return targets;
	}

	/** The same vector along output {@code axis} for every continuation. */
	private double[][] along(int axis, double value) {
		double[][] vectors = new double[continuations()][OUTPUTS];
		for (double[] v : vectors) {
			v[axis] = value;
		}
		return vectors;
	}

	FixedExpansionModel newFixedModel() {
		return new FixedExpansionModel(start.getHidden1(), start.getHidden2(), along(1, start.getReadoutBias()),
				along(2, start.getReadoutWeight()), targets(task.getTargets1()), targets(task.getTargets2()),
				model.getHiddenRate1(), model.getHiddenRate2(), model.getReadoutRate(), model.getBiasRate());
	}

	MeanExpansionModel newMeanModel() {
		double[][][] maps = new double[continuations()][OUTPUTS][1];
		for (double[][] map : maps) {
			map[2][0] = start.getReadoutWeight();
		}
		return new MeanExpansionModel(new double[] { start.getHidden1() }, new double[] { start.getHidden2() }, maps,
				along(1, start.getReadoutBias()), targets(task.getTargets1()), targets(task.getTargets2()),
				1 / model.getHiddenRate1(), 1 / model.getHiddenRate2(), 1 / model.getReadoutRate(), 1 / model.getBiasRate());
	}

	List<MetricDescriptor> metrics() {
		List<MetricDescriptor> metrics = new ArrayList<>();
		metrics.add(new MetricDescriptor(LOSS, "loss L", "(1/2)<||y - y*||^2> over both inputs and the continuations"));
		metrics.add(new MetricDescriptor(DISTANCE, "representational distance ||dh||²", "||h2 - h1||^2")
				.summarisedBy(Summary.FINAL, Summary.MIN, Summary.ARGMIN));
		if (fixed) {
			metrics.add(new MetricDescriptor(H1, "h1", "the first representation").summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(H2, "h2", "the second representation").summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(BIAS_NORM, "<||b||²>", "mean squared norm of the biases b_i")
					.summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(MAP_NORM, "<||Dv||²>", "mean squared norm of the maps Dv_i")
					.summarisedBy(Summary.FINAL));
		} else {
			metrics.add(new MetricDescriptor(PREDICTION, "prediction distance <||dy||²>", "<||D_i dh||^2>_i")
					.summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(ALIGNMENT, "alignment <w>", "<||dy_i||^2 - dy_i.(y*_2,i - y*_1,i)>_i; 0 at a "
					+ "fixed point").summarisedBy(Summary.FINAL));
		}
		return metrics;
	}

	List<PlotDescriptor> plots() {
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("distance", "Representational distance of the pair: merge or stay apart", "epoch",
				1, "||h2 - h1||²", false, List.of(DISTANCE)));
		plots.add(PlotDescriptor.curves("loss", "Loss", "epoch", 1, "loss", true, List.of(LOSS)));
		plots.add(fixed
				? PlotDescriptor.curves("scalars", "Representations and map norms", "epoch", 1, "value", false,
						List.of(H1, H2, BIAS_NORM, MAP_NORM))
				: PlotDescriptor.curves("scalars", "Prediction distance and alignment", "epoch", 1, "value", false,
						List.of(PREDICTION, ALIGNMENT)));
		return plots;
	}

	Map<String, String> numerics() {
		return Map.of("pair", String.format("gradient descent, step eta = %s scaled per group by the relative rates "
				+ "(h1 %s, h2 %s, maps %s, biases %s); time t = step x eta; o = 3 outputs, targets, biases and maps "
				+ "starting on orthogonal axes", learningRate, model.getHiddenRate1(), model.getHiddenRate2(),
				model.getReadoutRate(), model.getBiasRate()));
	}

	/** Nothing is drawn at random: the seed plays no part. */
	List<UnusedSetting> unused() {
		return List.of(new UnusedSetting(experiment, PlateauPackage.Literals.EXPERIMENT__SEED,
				"nothing is drawn at random: the pair, its targets and its maps start where the initialisation says"));
	}

	Trainer trainer() {
		return fixed ? new FixedTrainer(newFixedModel(), learningRate) : new MeanTrainer(newMeanModel(), learningRate);
	}

	/** The reduced ODE over the simulation: exact (to O(eta)) for this pair of scalar representations. */
	List<TheoryPrediction> theory() {
		List<TheoryParameter> parameters = List.of(TheoryParameter.learningRate(),
				new TheoryParameter("architecture.hiddenRate2", "hidden rate 2 (eta_h2 / eta)", 0.1, 100, true));
		if (fixed) {
			return List.of(new FixedExpansionPrediction(this).withParameters(parameters));
		}
		List<TheoryPrediction> predictions = new ArrayList<>();
		predictions.add(new MeanExpansionPrediction(this).withParameters(parameters));
		MeanExpansionModel start = newMeanModel();
		if (start.targetDistance() == 0) {
			predictions.add(new BernoulliPrediction(this).withParameters(parameters));
		}
		return predictions;
	}

	/** Times t = step eta of recorded steps. */
	double[] times(long[] steps) {
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			times[i] = steps[i] * learningRate;
		}
		return times;
	}

	/** The simulation of the fixed expansion point model. */
	private static final class FixedTrainer implements Trainer {
		private final FixedExpansionModel pair;
		private final double eta;
		private final double[] scalars = new double[9];

		FixedTrainer(FixedExpansionModel pair, double eta) {
			this.pair = pair;
			this.eta = eta;
		}

		@Override
		public boolean step() {
			pair.step(eta);
			return Double.isFinite(pair.distance());
		}

		@Override
		public void measure(double[] into) {
			pair.scalars(scalars);
			into[0] = pair.loss();
			into[1] = pair.distance();
			into[2] = scalars[FixedExpansionTheory.H1];
			into[3] = scalars[FixedExpansionTheory.H2];
			into[4] = scalars[FixedExpansionTheory.B2];
			into[5] = scalars[FixedExpansionTheory.D2];
		}

		@Override
		public boolean isFinite() {
			pair.scalars(scalars);
			for (double value : scalars) {
				if (!Double.isFinite(value)) {
					return false;
				}
			}
			return true;
		}
	}

	/** The simulation of the mean expansion point model. */
	private static final class MeanTrainer implements Trainer {
		private final MeanExpansionModel pair;
		private final double eta;

		MeanTrainer(MeanExpansionModel pair, double eta) {
			this.pair = pair;
			this.eta = eta;
		}

		@Override
		public boolean step() {
			pair.step(eta);
			return Double.isFinite(pair.distance());
		}

		@Override
		public void measure(double[] into) {
			into[0] = pair.loss();
			into[1] = pair.distance();
			into[2] = pair.meanPrediction();
			into[3] = pair.alignment();
		}

		@Override
		public boolean isFinite() {
			return Double.isFinite(pair.loss()) && Double.isFinite(pair.distance()) && Double.isFinite(pair.meanError());
		}
	}

	/** The 9-scalar system of App. B.4 (eqs 36-43) from the simulation's own start. */
	private static final class FixedExpansionPrediction implements TheoryPrediction {
		private final PairSetup setup;

		FixedExpansionPrediction(PairSetup setup) {
			this.setup = setup;
		}

		@Override
		public String id() {
			return "fixed-expansion-ode";
		}

		@Override
		public String label() {
			return "9-scalar ODE (van Rossem & Saxe 2025, eqs 36-43)";
		}

		@Override
		public String description() {
			return "the gradient flow of the fixed expansion point model reduced to 9 scalars; exact for scalar "
					+ "representations, integrated from the simulation's start (the simulation is its forward Euler "
					+ "discretisation with step eta)";
		}

		@Override
		public List<String> metricIds() {
			return List.of(LOSS, DISTANCE, H1, H2, BIAS_NORM, MAP_NORM);
		}

		@Override
		public double[][] predict(long[] steps) {
			FixedExpansionModel start = setup.newFixedModel();
			double[] initial = new double[9];
			start.scalars(initial);
			FixedExpansionTheory theory = start.theory();
			double[][] states = theory.trajectory(initial, setup.times(steps));
			double[][] values = new double[6][steps.length];
			for (int i = 0; i < steps.length; i++) {
				double[] z = new double[9];
				for (int k = 0; k < 9; k++) {
					z[k] = states[k][i];
				}
				values[0][i] = theory.loss(z);
				values[1][i] = FixedExpansionTheory.distance(z);
				values[2][i] = z[FixedExpansionTheory.H1];
				values[3][i] = z[FixedExpansionTheory.H2];
				values[4][i] = z[FixedExpansionTheory.B2];
				values[5][i] = z[FixedExpansionTheory.D2];
			}
			return values;
		}
	}

	/** The 3-scalar system (2025 eqs 13-15; 2024 simulate.py) from the simulation's own start, with eq 5 as limit. */
	private static final class MeanExpansionPrediction implements TheoryPrediction {
		private final PairSetup setup;

		MeanExpansionPrediction(PairSetup setup) {
			this.setup = setup;
		}

		@Override
		public String id() {
			return "local-interaction-ode";
		}

		@Override
		public String label() {
			return "3-scalar ODE (van Rossem & Saxe 2025, eqs 13-15)";
		}

		@Override
		public String description() {
			MeanExpansionModel start = setup.newMeanModel();
			TwoPointTheory theory = start.theory();
			return String.format("the local interaction model at the pair's mean reduced to ||dh||^2, <||dy||^2> and <w>: "
					+ "exact only for 1-D representations (as here; for d > 1 the radial ansatz is approximate, spec 1.1-A); "
					+ "final distance eq 5 = %.6g (A_high %.6g, A_low %.6g; %s)", theory.finalDistance(start.distance(),
							start.meanPrediction()), theory.aHigh(start.distance(), start.meanPrediction()), theory.aLow(),
					theory.mergerCriterion(start.distance(), start.meanPrediction()) ? "the pair merges"
							: "the pair does not merge");
		}

		@Override
		public List<String> metricIds() {
			return List.of(DISTANCE, PREDICTION, ALIGNMENT);
		}

		@Override
		public double[][] predict(long[] steps) {
			MeanExpansionModel start = setup.newMeanModel();
			return start.theory().trajectory(start.distance(), start.meanPrediction(), start.alignment(),
					setup.times(steps));
		}

		@Override
		public double limit(String metricId) {
			if (!DISTANCE.equals(metricId)) {
				return Double.NaN;
			}
			MeanExpansionModel start = setup.newMeanModel();
			return start.theory().finalDistance(start.distance(), start.meanPrediction());
		}
	}

	/** The Bernoulli closed form of an agreeing pair's distance (2025 eq 35). */
	private static final class BernoulliPrediction implements TheoryPrediction {
		private final PairSetup setup;

		BernoulliPrediction(PairSetup setup) {
			this.setup = setup;
		}

		@Override
		public String id() {
			return "bernoulli";
		}

		@Override
		public String label() {
			return "closed form of an agreeing pair (van Rossem & Saxe 2025, eq 35)";
		}

		@Override
		public String description() {
			return "||dh(t)||^2 = A_high / (1 + (A_high/||dh(0)||^2 - 1) exp(-A_high t / (2 N tau_y))) for a pair whose "
					+ "continuations all agree; exact only for 1-D representations";
		}

		@Override
		public List<String> metricIds() {
			return List.of(DISTANCE);
		}

		@Override
		public double[][] predict(long[] steps) {
			MeanExpansionModel start = setup.newMeanModel();
			TwoPointTheory theory = start.theory();
			double[] times = setup.times(steps);
			double[] distance = new double[steps.length];
			for (int i = 0; i < steps.length; i++) {
				distance[i] = theory.bernoulli(times[i], start.distance(), start.meanPrediction());
			}
			return new double[][] { distance };
		}

		@Override
		public double limit(String metricId) {
			MeanExpansionModel start = setup.newMeanModel();
			return Math.max(0, start.theory().aHigh(start.distance(), start.meanPrediction()));
		}
	}
}
