package org.plateau.family.rnn.internal;

import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SeedStreams;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.family.rnn.model.MultilayerPerceptron;
import org.plateau.family.rnn.model.TwoPointTask;
import org.plateau.family.rnn.model.XavierNormalInitialisation;
import org.plateau.family.rnn.theory.TwoPointFit;
import org.plateau.family.rnn.theory.TwoPointTheory;
import org.plateau.kernels.DenseKernels;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.Training;

/**
 * The translation of a "2 points" experiment (van Rossem &amp; Saxe 2024, spec 1.1(b,c) [code experiments/2_points.ipynb]):
 * an MLP trained by full-batch gradient descent on two points, its representational distance h, prediction distance
 * y and alignment w measured before each epoch's update (the authors' trackers), and the 3-scalar ODE with the
 * effective rates eta_h, eta_y fitted to that trajectory drawn over it, as the paper does.
 * <p>
 * The rates are fitted to the run, so the theory needs the run ({@link TheoryPrediction#needsTheRun}): it uses the
 * trajectory the last trainer of this experiment recorded when that covers the steps asked, and otherwise replays the
 * seeded training itself (bit-identical to the simulation) to record it. Time is the epoch, the authors' unit: the fitted rates are per epoch.
 */
final class TwoPointSetup {

	static final String LOSS = "loss";
	static final String DISTANCE = "distance";
	static final String PREDICTION = "prediction.distance";
	static final String ALIGNMENT = "alignment";
	static final String MEAN_ERROR = "mean.error";
	/** Seed stream of the weights (as {@link SequenceSetup#stream}). */
	private static final long WEIGHTS = 1;
	/** At most this many samples of the trajectory go into the fit. */
	private static final int FIT_SAMPLES = 400;

	final Experiment experiment;
	final TwoPointTask task;
	final MultilayerPerceptron network;
	final double gain;
	final double learningRate;
	/** c in the loss c sum_p ||e_p||^2: 1/2 for half the squared error, 1/(2 d_out) more for the mean (torch's). */
	final double lossFactor;
	private volatile RecordedTrajectory latest;

	private TwoPointSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		this.task = (TwoPointTask) experiment.getTask();
		if (!(experiment.getArchitecture() instanceof MultilayerPerceptron mlp)) {
			throw new ExperimentException("Architecture of experiment '" + experiment.getName() + "': a TwoPointTask is "
					+ "learnt by a MultilayerPerceptron (the 2024 paper's MLP), not " + describe(experiment.getArchitecture()));
		}
		this.network = mlp;
		if (!(experiment.getInitialisation() instanceof XavierNormalInitialisation xavier)) {
			throw new ExperimentException("Initialisation of experiment '" + experiment.getName() + "': the MLP starts "
					+ "from a XavierNormalInitialisation (its gain sets rich or lazy learning), not "
					+ describe(experiment.getInitialisation()));
		}
		this.gain = xavier.getGain();
		Training training = experiment.getTraining();
		this.learningRate = training.getLearningRate();
		double c = training.getLossKind() == LossKind.HALF_SQUARED_ERROR ? 0.5 : 1;
		if (training.getLossConvention() == LossConvention.MEAN) {
			c /= 2.0 * task.getOutputDimension();
		}
		this.lossFactor = c;
	}

	static TwoPointSetup of(Experiment experiment) throws ExperimentException {
		return new TwoPointSetup(experiment);
	}

	private static String describe(Object part) {
		return part == null ? "none" : ((org.eclipse.emf.ecore.EObject) part).eClass().getName();
	}

	/** The two inputs x_A = -1/sqrt(d_in) 1, x_B = (-1 + sqrt(dx2))/sqrt(d_in) 1 (spec 1.1(b)). */
	DMatrixRMaj inputs() {
		int d = task.getInputDimension();
		DMatrixRMaj x = new DMatrixRMaj(2, d);
		for (int j = 0; j < d; j++) {
			x.set(0, j, -1 / Math.sqrt(d));
			x.set(1, j, (-1 + Math.sqrt(task.getInputDistance())) / Math.sqrt(d));
		}
		return x;
	}

	/** The targets y_A* = 0.6/sqrt(d_out) 1, y_B* = (0.6 + sqrt(dy2))/sqrt(d_out) 1. */
	DMatrixRMaj targets() {
		int d = task.getOutputDimension();
		DMatrixRMaj y = new DMatrixRMaj(2, d);
		for (int j = 0; j < d; j++) {
			y.set(0, j, 0.6 / Math.sqrt(d));
			y.set(1, j, (0.6 + Math.sqrt(task.getOutputDistance())) / Math.sqrt(d));
		}
		return y;
	}

	PerceptronPair newNetwork() {
		PerceptronPair.Activation activation = switch (network.getActivation()) {
			case RELU -> PerceptronPair.Activation.RELU;
			case TANH -> PerceptronPair.Activation.TANH;
			case LEAKY_RELU -> PerceptronPair.Activation.LEAKY_RELU;
			case LINEAR -> PerceptronPair.Activation.LINEAR;
		};
		PerceptronPair pair = new PerceptronPair(inputs(), targets(), network.getWidth(), network.getHiddenLayers(),
				network.getTrackedLayer(), activation, lossFactor, DenseKernels.standard());
		pair.initialiseXavier(gain, SeedStreams.of(experiment.getSeed(), WEIGHTS));
		return pair;
	}

	List<MetricDescriptor> metrics() {
		return List.of(
				new MetricDescriptor(LOSS, "loss L", lossFactor + " sum over both points of ||yhat - y*||^2")
						.summarisedBy(Summary.FINAL),
				new MetricDescriptor(DISTANCE, "representational distance h = ||dh||²",
						"||h_B - h_A||^2 at hidden layer " + network.getTrackedLayer()).summarisedBy(Summary.FINAL),
				new MetricDescriptor(PREDICTION, "prediction distance y = ||dy||²", "||yhat_B - yhat_A||^2")
						.summarisedBy(Summary.FINAL),
				new MetricDescriptor(ALIGNMENT, "alignment w", "||dy||^2 - dy.(y_B* - y_A*); 0 at a fixed point")
						.summarisedBy(Summary.FINAL),
				new MetricDescriptor(MEAN_ERROR, "mean error ||ybar - ybar*||²",
						"squared error of the mean prediction of the two points").summarisedBy(Summary.FINAL));
	}

	List<PlotDescriptor> plots() {
		return List.of(
				PlotDescriptor.curves("hyw", "Representational distance h, prediction distance y and alignment w "
						+ "(network solid, fitted ODE dashed)", "epoch", 1, "value", false, List.of(DISTANCE, PREDICTION,
								ALIGNMENT)),
				PlotDescriptor.curves("loss", "Loss and the theory's loss", "epoch", 1, "loss", true, List.of(LOSS)));
	}

	Map<String, String> numerics() {
		return Map.of("two points", String.format("full-batch gradient descent on both points, eta = %s, loss %s "
				+ "sum_p ||e_p||^2; %d hidden layers of %d units (%s), h read at hidden layer %d; records measure before "
				+ "the epoch's update; time t = epoch", learningRate, lossFactor, network.getHiddenLayers(),
				network.getWidth(), network.getActivation(), network.getTrackedLayer()));
	}

	long estimatedBytes() {
		long p = network.getWidth();
		long weights = (network.getHiddenLayers() - 1L) * p * p + p * (task.getInputDimension() + task.getOutputDimension());
		return 8 * (weights + 12L * p * (network.getHiddenLayers() + 1));
	}

	String sizedBy() {
		return String.format("width %d, %d hidden layers", network.getWidth(), network.getHiddenLayers());
	}

	Trainer trainer() {
		RecordedTrajectory trajectory = new RecordedTrajectory(5);
		latest = trajectory;
		return new TwoPointTrainer(newNetwork(), learningRate, trajectory);
	}

	List<TheoryPrediction> theory() {
		return List.of(new FittedPrediction(this));
	}

	/**
	 * The trajectory that covers {@code lastStep}: the last trainer's, or a replay of the seeded training on the run's
	 * own record schedule (so that the fit is the run's).
	 */
	RecordedTrajectory trajectoryTo(long lastStep) {
		RecordedTrajectory recorded = latest;
		if (recorded != null && recorded.lastStep() >= lastStep) {
			return recorded;
		}
		Trainer trainer = trainer();
		RecordedTrajectory replayed = latest;
		RecordedTrajectory.replay(trainer, experiment.getTraining(), lastStep, metrics(), experiment.getName());
		return replayed;
	}

	/** The MLP's full-batch training; measures before the epoch's update, as the authors' trackers do. */
	private static final class TwoPointTrainer implements Trainer {
		private final PerceptronPair pair;
		private final double eta;
		private final RecordedTrajectory trajectory;
		private long step;

		TwoPointTrainer(PerceptronPair pair, double eta, RecordedTrajectory trajectory) {
			this.pair = pair;
			this.eta = eta;
			this.trajectory = trajectory;
		}

		@Override
		public boolean step() {
			boolean finite = pair.step(eta);
			step++;
			return finite;
		}

		@Override
		public void measure(double[] into) {
			pair.forward();
			into[0] = pair.loss();
			into[1] = pair.representationalDistance();
			into[2] = pair.predictionDistance();
			into[3] = pair.alignment();
			into[4] = pair.meanError();
			trajectory.add(step, into[0], into[1], into[2], into[3], into[4]);
		}

		@Override
		public boolean isFinite() {
			return pair.isFinite();
		}
	}

	/** The 3-scalar ODE with (eta_h, eta_y) and eta_ybar fitted to the run (the paper's Fig. 2 and its notebook). */
	private static final class FittedPrediction implements TheoryPrediction {
		private final TwoPointSetup setup;
		private Fitted fitted;

		FittedPrediction(TwoPointSetup setup) {
			this.setup = setup;
		}

		private record Fitted(RecordedTrajectory source, int size, double[][] sampled, TwoPointFit fit, TwoPointTheory theory,
				double meanRate, double relativeError) {
		}

		private synchronized Fitted fitted(long lastStep) {
			RecordedTrajectory trajectory = setup.trajectoryTo(lastStep);
			if (fitted != null && fitted.source == trajectory && fitted.size == trajectory.size()
					&& fitted.sampled[0][fitted.sampled[0].length - 1] >= lastStep) {
				return fitted;
			}
			double[][] s = trajectory.sampled(FIT_SAMPLES);
			if (s[0].length < 3) {
				throw new IllegalStateException("the run recorded " + s[0].length + " points of h, y and w; the fit of "
						+ "the effective rates needs at least 3");
			}
			TwoPointFit fit = new TwoPointFit(s[0], s[2], s[3], s[4], setup.task.getInputDistance(),
					setup.task.getOutputDistance());
			TwoPointTheory theory = fit.fitRates();
			double meanRate = fit.fitMeanRate(theory, s[1], 4 * setup.lossFactor, s[5][0]);
			fitted = new Fitted(trajectory, trajectory.size(), s, fit, theory, meanRate, fit.relativeError(theory));
			return fitted;
		}

		@Override
		public String id() {
			return "fitted-ode";
		}

		@Override
		public boolean needsTheRun() {
			return true;
		}

		@Override
		public String label() {
			return "3-scalar ODE, rates fitted to the run (van Rossem & Saxe 2024)";
		}

		@Override
		public String description() {
			Fitted f;
			synchronized (this) {
				f = fitted;
			}
			String approximate = "eq 5 is exact only for 1-D representations; h here lives in " + setup.network.getWidth()
					+ " dimensions, so it is approximate";
			if (f == null) {
				return "the 3-scalar ODE (h, y, w) integrated from the run's first record, with eta_h and eta_y fitted by "
						+ "least squares to the run's h, y and w, and eta_ybar to its loss; " + approximate;
			}
			TwoPointTheory t = f.theory;
			double[][] s = f.sampled;
			return String.format("the 3-scalar ODE (h, y, w) integrated from the run's first record; fitted per epoch: "
					+ "eta_h = %.6g (%.4g x lr), eta_y = %.6g (%.4g x lr), eta_ybar = %.6g; rms misfit %.3g of the range; "
					+ "final distance eq 5 = %.6g (A_high %.6g, A_low %.6g), rich limit sqrt(eta_h/eta_y)|dx||dy*| = "
					+ "%.6g; %s", t.etaH(), t.etaH() / setup.learningRate, t.etaY(), t.etaY() / setup.learningRate,
					f.meanRate, f.relativeError, t.finalDistance(s[2][0], s[3][0]), t.aHigh(s[2][0], s[3][0]), t.aLow(),
					t.richLimit(), approximate);
		}

		@Override
		public List<String> metricIds() {
			return List.of(LOSS, DISTANCE, PREDICTION, ALIGNMENT);
		}

		@Override
		public double[][] predict(long[] steps) {
			long last = 0;
			for (long step : steps) {
				last = Math.max(last, step);
			}
			Fitted f = fitted(last);
			long start = (long) f.sampled[0][0];
			double[][] hyw = f.theory.trajectoryAtSteps(start, f.sampled[2][0], f.sampled[3][0], f.sampled[4][0], steps);
			double[][] values = new double[4][];
			values[1] = hyw[0];
			values[2] = hyw[1];
			values[3] = hyw[2];
			values[0] = new double[steps.length];
			for (int i = 0; i < steps.length; i++) {
				values[0][i] = 4 * setup.lossFactor
						* f.theory.loss(steps[i] - start, hyw[1][i], hyw[2][i], f.meanRate, f.sampled[5][0]);
			}
			return values;
		}

		@Override
		public double limit(String metricId) {
			if (!DISTANCE.equals(metricId)) {
				return Double.NaN;
			}
			Fitted f = fitted(Math.max(1, setup.trajectoryLast()));
			return f.theory.finalDistance(f.sampled[2][0], f.sampled[3][0]);
		}
	}

	/** The last step the latest trainer recorded, or the experiment's length when none ran. */
	long trajectoryLast() {
		RecordedTrajectory recorded = latest;
		return recorded != null && recorded.size() >= 3 ? recorded.lastStep() : experiment.getTraining().getSteps();
	}
}
