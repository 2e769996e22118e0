package org.plateau.family.deeplinear.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.UnusedSetting;
import org.plateau.family.deeplinear.internal.numerics.Dataset;
import org.plateau.family.deeplinear.internal.numerics.GradientDescent;
import org.plateau.family.deeplinear.internal.numerics.LinearNetwork;
import org.plateau.family.deeplinear.internal.numerics.LossConvention;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.TeacherStudentTask;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * The deep linear family (Saxe, McClelland & Ganguli 2014; Saxe et al. PNAS 2019), contributed as a Declarative
 * Services component ({@code OSGI-INF/org.plateau.family.deeplinear.xml}). Handles experiments whose task comes
 * from the deep linear EPackage and whose architecture is a {@link DeepLinearNetwork}.
 */
public final class DeepLinearFamily implements ModelFamily {

	public static final String ID = "org.plateau.family.deeplinear";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Deep linear networks";
	}

	@Override
	public String description() {
		return "Exact learning dynamics of deep linear networks (Saxe, McClelland & Ganguli 2014) and semantic "
				+ "development (Saxe, McClelland & Ganguli, PNAS 2019): sigmoidal mode learning, progressive "
				+ "differentiation, illusory correlations.";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == DeepLinearPackage.eINSTANCE
				&& experiment.getArchitecture() instanceof DeepLinearNetwork;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		DeepLinearSetup setup = DeepLinearSetup.of(experiment);
		String advice = setup.modes.rank() == 0
				? String.format("learning rate %s is too large for this network: lower it", setup.learningRate)
				: String.format("learning rate %s is too large for this task and network (largest singular value %.3f, "
						+ "depth %d): lower it", setup.learningRate, setup.modes.singularValue(0), setup.depth);
		return Preparation.of(setup.metrics).matrices(setup.matrices).plots(plots(setup))
				.trainer(() -> new DeepLinearTrainer(setup)).theory(() -> theory(experiment, setup))
				.divergenceAdvice(advice).estimatedBytes(estimatedBytes(setup), sizedBy(setup)).unused(unused(experiment, setup))
				// Dominé et al. 2024: at lambda = 0 a square network cannot change the sign of det(W2 W1)
				.warnings(saddle(setup)).numerics(numerics(setup)).build();
	}

	/** How a step computes its gradient: from the samples, or exactly from Sigma_x and Sigma_yx (issue 15). */
	private static Map<String, String> numerics(DeepLinearSetup setup) {
		if (setup.online) {
			return Map.of("gradient", "online SGD: one sample per step");
		}
		boolean covariances = setup.phases.stream().allMatch(phase -> GradientDescent.prefersCovariances(phase.data()));
		Dataset data = setup.dataset;
		return Map.of("gradient", covariances
				? String.format("full batch, exact from Sigma_x = X X^T and Sigma_yx = Y X^T (P = %d >= 2 N_in = %d): the "
						+ "samples' trajectory to rounding, at a cost independent of P; the loss from the samples",
						data.size(), 2 * data.inputSize())
				: String.format("full batch over the P = %d samples", data.size()));
	}

	/**
	 * A start on the orientation saddle, as a warning (Dominé et al. 2024): looked for only where it can happen, at
	 * lambda = 0, so that no other experiment draws its network while it is prepared.
	 */
	private static List<String> saddle(DeepLinearSetup setup) throws ExperimentException {
		if (!setup.lambdaBalanced || setup.lambda != 0) {
			return List.of();
		}
		return setup.orientationSaddle(setup.initialNetwork()).stream().toList();
	}

	/** The settings that play no part: the hidden width of a network of depth 1, which has no hidden layer. */
	private static List<UnusedSetting> unused(Experiment experiment, DeepLinearSetup setup) {
		if (setup.depth == 1 && experiment.getArchitecture() instanceof DeepLinearNetwork network) {
			return List.of(new UnusedSetting(network, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH,
					"a network of depth 1 has no hidden layer"));
		}
		return List.of();
	}

	/**
	 * The memory of a run: the weights and their gradients and updates (three copies), and the activations and
	 * back-propagated errors of every layer for every example, in doubles.
	 */
	static long estimatedBytes(DeepLinearSetup setup) {
		long examples = setup.dataset.size();
		long[] widths = new long[setup.depth + 1];
		widths[0] = setup.dataset.inputSize();
		widths[setup.depth] = setup.dataset.outputSize();
		for (int l = 1; l < setup.depth; l++) {
			widths[l] = setup.hiddenWidth;
		}
		double weights = 0;
		double activations = 0;
		for (int l = 0; l < setup.depth; l++) {
			weights += (double) widths[l] * widths[l + 1];
			activations += (double) widths[l + 1] * examples;
		}
		double doubles = 3 * weights + 2 * activations + (double) examples * (widths[0] + widths[setup.depth]);
		return (long) Math.min(Long.MAX_VALUE, 8 * doubles);
	}

	/** The settings that size the run, for the message that refuses one too large for the heap. */
	private static String sizedBy(DeepLinearSetup setup) {
		String data = setup.dataset.size() + " examples of " + setup.dataset.inputSize() + " inputs and "
				+ setup.dataset.outputSize() + " outputs";
		return setup.depth > 1 ? "hidden width " + setup.hiddenWidth + " (depth " + setup.depth + ", " + data + ")" : data;
	}

	/** The path of the initialisation's scale: {@code gain} of random orthogonal weights, else {@code scale}. */
	private static String initialScalePath(Experiment experiment) {
		return experiment.getInitialisation() instanceof org.plateau.model.RandomOrthogonalInitialisation
				? "initialisation.gain" : "initialisation.scale";
	}

	/** Every prediction of the family's theory that applies to the experiment (spec 0.1-0.3). */
	private static List<TheoryPrediction> theory(Experiment experiment, DeepLinearSetup setup) throws ExperimentException {
		if (setup.lambdaBalanced) {
			return List.of(lambdaBalancedTheory(experiment, setup).withParameters(List.of(TheoryParameter.learningRate(),
					new TheoryParameter("initialisation.lambda", "λ", -100, 100, false),
					new TheoryParameter("initialisation.scale", "scale", 1e-3, 10, true))));
		}
		if (setup.phases.size() > 1) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName() + "': reversal and continual "
					+ "learning have exact theory from lambda-balanced weights only (the decoupled sigmoids follow one task "
					+ "and cannot pass through a = 0); use LambdaBalancedInitialisation");
		}
		if (setup.teacherStudent != null) {
			return List.of(teacherStudentTheory(experiment, setup).withParameters(List.of(TheoryParameter.learningRate())));
		}
		if (!setup.whitened()) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName()
					+ "': the exact theory needs whitened inputs (Sigma_x = I), but with the "
					+ setup.convention + " loss convention Sigma_x of this task is not the identity"
					+ (setup.isHierarchy() ? " (one-hot items need lossConvention SUM, spec 0.1)" : "")
					+ "; change the convention or disable the theory");
		}
		LinearNetwork initial = setup.initialNetwork();
		double[] initialStrengths = setup.modes.initialStrengths(initial);
		double offModeNormSquared = setup.modes.offModeNormSquared(initial.networkMap());
		boolean exact = experiment.getInitialisation() instanceof AlignedBalancedInitialisation;
		List<TheoryPrediction> predictions = new ArrayList<>();
		// the sigmoids depend on tau = 1/eta and on the initial strength (Saxe et al. 2014, eq. 7)
		List<TheoryParameter> parameters = List.of(TheoryParameter.learningRate(),
				exact ? TheoryParameter.initialScale("initialisation.a0", "a0")
						: TheoryParameter.initialScale(initialScalePath(experiment), "initial scale"));
		for (ModeTheory.Kind kind : ModeTheory.offered(setup.depth)) {
			predictions.add(new ModeTheory(kind, setup, initialStrengths, offModeNormSquared, exact).withParameters(parameters));
		}
		return predictions;
	}

	/**
	 * From lambda-balanced weights the one prediction is the exact Riccati solution (Dominé et al. 2024): the sigmoid
	 * and the reduced ODE assume lambda = 0 and aligned weights.
	 */
	private static TheoryPrediction lambdaBalancedTheory(Experiment experiment, DeepLinearSetup setup)
			throws ExperimentException {
		if (!setup.whitened()) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName()
					+ "': the exact solution needs whitened inputs (Sigma_x = I), but with the " + setup.convention
					+ " loss convention Sigma_x of this task is not the identity"
					+ (setup.isHierarchy() ? " (one-hot items need lossConvention SUM, spec 0.1)" : "")
					+ "; change the convention or disable the theory");
		}
		try {
			return new LambdaBalancedTheory(setup, setup.initialNetwork());
		} catch (IllegalArgumentException e) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName()
					+ "': the exact lambda-balanced solution does not apply: " + e.getMessage(), e);
		}
	}

	/**
	 * The Marchenko-Pastur theory of a linear student (Advani & Saxe 2017): one layer, SUM loss (its time convention),
	 * from small Gaussian weights of variance sigma_0^2 = scale^2.
	 */
	private static TheoryPrediction teacherStudentTheory(Experiment experiment, DeepLinearSetup setup)
			throws ExperimentException {
		String where = "Theory of experiment '" + experiment.getName() + "'";
		if (setup.depth != 1) {
			throw new ExperimentException(where + ": the Marchenko-Pastur theory is that of a linear student (depth 1); "
					+ "the architecture has depth " + setup.depth);
		}
		if (setup.convention != LossConvention.SUM) {
			throw new ExperimentException(where + ": the theory's time is that of the SUM loss (tau dw/dt = X (y - X^T w)); "
					+ "set lossConvention to SUM");
		}
		double initialVariance;
		if (experiment.getInitialisation() instanceof SmallGaussianInitialisation gaussian) {
			initialVariance = gaussian.getScale() * gaussian.getScale();
		} else {
			throw new ExperimentException(where + ": the theory starts from i.i.d. Gaussian weights; use "
					+ "SmallGaussianInitialisation (scale = sigma_0, 0 for a student starting at w = 0)");
		}
		TeacherStudentTask task = (TeacherStudentTask) setup.learntTask;
		double alpha = (double) task.getSamples() / task.getInputDim();
		return new AdvaniSaxeTheory(setup, alpha, task.getWeightVariance(), task.getNoiseVariance(), initialVariance);
	}

	@Override
	public Optional<NetworkDiagram> diagram(Experiment experiment) {
		return experiment.getArchitecture() instanceof DeepLinearNetwork network
				? Optional.of(new DeepLinearDiagram(experiment, network))
				: Optional.empty();
	}

	/** The standard plots: mode strengths, loss, illusory correlations, forgetting, NTK distance, matrices. */
	private static List<PlotDescriptor> plots(DeepLinearSetup setup) {
		String time = "t/τ";
		double eta = setup.learningRate;
		List<String> modeIds = new ArrayList<>();
		List<String> predictionIds = new ArrayList<>();
		for (MetricDescriptor metric : setup.metrics) {
			if (metric.id().startsWith("yhat.")) {
				predictionIds.add(metric.id());
			} else if (!metric.id().equals(DeepLinearSetup.LOSS) && !metric.id().equals(DeepLinearSetup.NTK_DISTANCE)) {
				modeIds.add(metric.id());
			}
		}
		List<PlotDescriptor> plots = new ArrayList<>();
		if (!setup.sequence.isEmpty()) {
			List<String> taskLosses = new ArrayList<>();
			for (int k = 0; k < setup.sequence.size(); k++) {
				taskLosses.add(DeepLinearSetup.taskLossId(k));
			}
			plots.add(PlotDescriptor.curves("task-losses", "Loss on every task while they are learnt in turn (forgetting)",
					time, eta, "loss", true, taskLosses));
			plots.add(PlotDescriptor.curves("loss", "Training loss on the current task", time, eta, "loss", true,
					List.of(DeepLinearSetup.LOSS)));
			addLazyRichPlots(plots, setup, time, eta);
			return plots;
		}
		if (setup.teacherStudent != null) {
			plots.add(PlotDescriptor.curves("generalization", "Generalization and training error (Advani & Saxe 2017)",
					time, eta, "error", false,
					List.of(DeepLinearSetup.GENERALIZATION_ERROR, DeepLinearSetup.TRAINING_ERROR)));
			plots.add(PlotDescriptor.curves("loss", "Training loss", time, eta, "loss", true,
					List.of(DeepLinearSetup.LOSS)));
			return plots;
		}
		plots.add(PlotDescriptor.curves("mode-strengths", "Mode strengths a_α(t): simulation and theory", time, eta,
				"a_α = u_αᵀ W v_α", false, modeIds));
		plots.add(PlotDescriptor.curves("loss", "Training loss", time, eta, "loss", true,
				List.of(DeepLinearSetup.LOSS)));
		if (!predictionIds.isEmpty()) {
			plots.add(PlotDescriptor.curves("illusory-correlations",
					"Illusory correlations: predicted features that rise and fall", time, eta, "ŷ", false,
					predictionIds));
		}
		addLazyRichPlots(plots, setup, time, eta);
		return plots;
	}

	/** The NTK distance of lambda-balanced runs and a plot of every snapshotted matrix. */
	private static void addLazyRichPlots(List<PlotDescriptor> plots, DeepLinearSetup setup, String time, double eta) {
		if (setup.lambdaBalanced) {
			plots.add(PlotDescriptor.curves("ntk-distance", "NTK kernel distance from initialisation: lazy (flat) or rich",
					time, eta, "1 − ⟨K(0),K(t)⟩ / ‖K(0)‖‖K(t)‖", false, List.of(DeepLinearSetup.NTK_DISTANCE)));
		}
		setup.matrices.forEach(matrix -> plots
				.add(PlotDescriptor.matrices(matrix.name(), matrix.title(), time, eta, matrix.name())));
	}
}
