package __ID__.internal;

import java.util.List;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryParameter;
import org.plateau.model.Experiment;
import org.plateau.model.LossKind;
import org.plateau.model.LossConvention;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

import __ID__.model.__CLASS__Package;
import __ID__.model.LinearStudent;
import __ID__.model.RegressionTask;

/**
 * The __NAME__ family: a linear student trained by full-batch gradient descent on a noisy linear teacher, and the
 * exact solution of that gradient descent ({@link ExactGradientDescent}). Written by {@code plateau new-family} as
 * the starting point of a family: replace the task, the network, the trainer and the theory with your paper's, and
 * keep the conformance test passing.
 * <p>
 * A Declarative Services component (OSGI-INF/__ID__.xml): the workbench and the headless runner find it as a
 * {@link ModelFamily} service. Called from any thread; {@link #prepare} once per run.
 */
public final class __CLASS__Family implements ModelFamily {

	/** Metric ids, in the order the trainer measures them. */
	static final String LOSS = "loss";
	static final String TEST_ERROR = "testError";

	public __CLASS__Family() {
		// registers the EPackage for runs outside OSGi (tests); in OSGi plugin.xml does it
		__CLASS__Package.eINSTANCE.getNsURI();
	}

	@Override
	public String id() {
		return "__ID__";
	}

	@Override
	public String name() {
		return "__CLASS__: linear regression by gradient descent";
	}

	@Override
	public String description() {
		return "A linear student learns a noisy linear teacher by full-batch gradient descent; every eigenmode of the"
				+ " input covariance relaxes at its own rate, w(t) - w_ls = (I - eta Sigma)^t (w(0) - w_ls), exactly.";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() instanceof RegressionTask && experiment.getArchitecture() instanceof LinearStudent;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		RegressionTask task = (RegressionTask) experiment.getTask();
		Training training = experiment.getTraining();
		String where = "Experiment '" + experiment.getName() + "'";
		// every setting the form offers is honoured or refused by name
		if (training.getAlgorithm() != TrainingAlgorithm.FULL_BATCH_GD) {
			throw new ExperimentException(where + ": training algorithm " + training.getAlgorithm()
					+ " is not supported: the exact solution is that of full-batch gradient descent; set FULL_BATCH_GD");
		}
		if (training.getLossKind() == LossKind.CROSS_ENTROPY) {
			throw new ExperimentException(where + ": training lossKind CROSS_ENTROPY is not supported: the labels are"
					+ " real numbers; set HALF_SQUARED_ERROR or SQUARED_ERROR");
		}
		if (!(experiment.getInitialisation() instanceof SmallGaussianInitialisation initialisation)) {
			throw new ExperimentException(where + ": initialisation must be SmallGaussianInitialisation, not "
					+ (experiment.getInitialisation() == null ? "none" : experiment.getInitialisation().eClass().getName()));
		}
		if (task.getInputDimension() < 1 || task.getSamples() < 1) {
			throw new ExperimentException(where + ": task inputDimension and samples must be at least 1 (inputDimension "
					+ task.getInputDimension() + ", samples " + task.getSamples() + ")");
		}
		if (!(task.getLabelNoise() >= 0) || Double.isInfinite(task.getLabelNoise())) {
			throw new ExperimentException(where + ": task labelNoise must be a finite number >= 0, not "
					+ task.getLabelNoise());
		}
		RegressionData data = RegressionData.draw(task.getInputDimension(), task.getSamples(), task.getLabelNoise(),
				initialisation.getScale(), experiment.getSeed());
		// the loss of the experiment's kind and convention: L = (k/2) c sum_mu r_mu^2, c = 1/P (mean) or 1 (sum)
		double lossFactor = (training.getLossKind() == LossKind.SQUARED_ERROR ? 1.0 : 0.5)
				* (training.getLossConvention() == LossConvention.SUM ? 1.0 : 1.0 / task.getSamples());
		double eta = training.getLearningRate();
		// one unit of time is 1/(eta lambda) steps for a mode of eigenvalue lambda: the x axis is eta t
		double timeScale = eta * 2 * lossFactor * task.getSamples();
		List<MetricDescriptor> metrics = List.of(
				new MetricDescriptor(LOSS, "training loss", "the loss on the P training samples").summarisedBy(Summary.FINAL),
				new MetricDescriptor(TEST_ERROR, "test error E_g", "(|w - w*|^2 + sigma^2) / 2, the error on a fresh sample")
						.summarisedBy(Summary.FINAL, Summary.MIN, Summary.ARGMIN)
						.meaning(Summary.MIN, "error of optimal early stopping"));
		return Preparation.of(metrics)
				.plots(List.of(PlotDescriptor.curves("errors", "Training loss and test error", "t · η", timeScale,
						"error", true, List.of(LOSS, TEST_ERROR))))
				.trainer(() -> new GradientDescentTrainer(data, eta, lossFactor))
				.theory(() -> List.of(new ExactGradientDescent(data, eta, lossFactor).withParameters(
						List.of(TheoryParameter.learningRate(),
								TheoryParameter.initialScale("initialisation.scale", "initial scale")))))
				.build();
	}
}
