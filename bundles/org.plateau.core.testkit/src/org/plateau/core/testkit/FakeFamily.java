package org.plateau.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Task;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;
import org.plateau.model.impl.ArchitectureImpl;
import org.plateau.model.impl.TaskImpl;
import org.plateau.model.util.PlateauResources;

/**
 * The smallest honest family, for the kit's own tests and as a template: one weight w learning a target s by
 * gradient descent on L = (s - w)^2 / 2, from w0 drawn from the experiment's seed. Its exact theory is
 * w(t) = s + (w0 - s)(1 - eta)^t. Its EPackage ({@value #NS_URI}) is built at run time and registered globally, so that
 * its experiments load from files like any family's. Subclasses break one promise each, to show that the kit catches
 * it ({@link #trainer}).
 */
public class FakeFamily implements ModelFamily {

	/** The namespace of the fake family's EPackage. */
	public static final String NS_URI = "http://www.plateau.org/model/testkit/fake/1.0";

	private static final EPackage PACKAGE;
	private static final EClass TARGET_TASK;
	private static final EAttribute TARGET;
	private static final EClass SCALAR_NETWORK;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("fake");
		PACKAGE.setNsPrefix("fake");
		PACKAGE.setNsURI(NS_URI);
		TARGET_TASK = ecore.createEClass();
		TARGET_TASK.setName("TargetTask");
		TARGET_TASK.getESuperTypes().add(PlateauPackage.Literals.TASK);
		TARGET = ecore.createEAttribute();
		TARGET.setName("target");
		TARGET.setEType(EcorePackage.Literals.EDOUBLE);
		TARGET.setDefaultValueLiteral("1.0");
		TARGET_TASK.getEStructuralFeatures().add(TARGET);
		SCALAR_NETWORK = ecore.createEClass();
		SCALAR_NETWORK.setName("ScalarNetwork");
		SCALAR_NETWORK.getESuperTypes().add(PlateauPackage.Literals.ARCHITECTURE);
		PACKAGE.getEClassifiers().add(TARGET_TASK);
		PACKAGE.getEClassifiers().add(SCALAR_NETWORK);
		PACKAGE.setEFactoryInstance(new FakeFactory());
		EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
	}

	/** Makes instances of the static Task and Architecture classes whose EClass is the fake package's. */
	private static final class FakeFactory extends EFactoryImpl {
		@Override
		public EObject create(EClass eClass) {
			if (eClass == TARGET_TASK) {
				return new TargetTask();
			}
			if (eClass == SCALAR_NETWORK) {
				return new ScalarNetwork();
			}
			return super.create(eClass);
		}
	}

	private static final class TargetTask extends TaskImpl {
		TargetTask() {
			eSetClass(TARGET_TASK);
		}
	}

	private static final class ScalarNetwork extends ArchitectureImpl {
		ScalarNetwork() {
			eSetClass(SCALAR_NETWORK);
		}
	}

	private static final String LOSS = "loss";
	private static final String WEIGHT = "w";

	private List<ExampleExperiment> examples;

	@Override
	public String id() {
		return "org.plateau.core.testkit.fake";
	}

	@Override
	public String name() {
		return "Fake family (one weight)";
	}

	@Override
	public String description() {
		return "One weight learning a target by gradient descent: the conformance kit's own family.";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass() == TARGET_TASK
				&& experiment.getArchitecture() != null && experiment.getArchitecture().eClass() == SCALAR_NETWORK;
	}

	/** A new experiment of the family: target s, eta = 0.05, 200 steps, w0 ~ N(0, 0.1^2) from the seed. */
	public static Experiment experiment(String name, double target) {
		PlateauFactory factory = PlateauFactory.eINSTANCE;
		Experiment experiment = factory.createExperiment();
		experiment.setName(name);
		experiment.setNotes("One weight relaxing to its target " + target + "\nw(t) = s + (w0 - s)(1 - eta)^t.");
		experiment.setSeed(3);
		Task task = (Task) PACKAGE.getEFactoryInstance().create(TARGET_TASK);
		task.eSet(TARGET, target);
		experiment.setTask(task);
		experiment.setArchitecture((org.plateau.model.Architecture) PACKAGE.getEFactoryInstance().create(SCALAR_NETWORK));
		SmallGaussianInitialisation init = factory.createSmallGaussianInitialisation();
		init.setScale(0.1);
		experiment.setInitialisation(init);
		Training training = factory.createTraining();
		training.setLearningRate(0.05);
		training.setSteps(200);
		training.setRecordInterval(5);
		experiment.setTraining(training);
		experiment.setTheory(factory.createTheorySelection());
		return experiment;
	}

	/** Two examples, saved once to temporary files so that they load like any family's. */
	@Override
	public synchronized List<ExampleExperiment> examples() {
		if (examples == null) {
			try {
				Path folder = Files.createTempDirectory("plateau-fake-family");
				folder.toFile().deleteOnExit();
				examples = List.of(example(folder, "relax-up", 2.0), example(folder, "relax-down", -1.0));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return examples;
	}

	private static ExampleExperiment example(Path folder, String name, double target) throws IOException {
		Path file = folder.resolve(name + ".plateau");
		PlateauResources.save(experiment(name, target), file);
		file.toFile().deleteOnExit();
		return new ExampleExperiment(file.getFileName().toString(), "One weight relaxing to " + target, "",
				file.toUri().toURL());
	}

	@Override
	public List<ExampleExperiment> exampleSweeps() {
		return List.of();
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		String where = "Training of experiment '" + experiment.getName() + "'";
		Training training = experiment.getTraining();
		if (training.getAlgorithm() != TrainingAlgorithm.FULL_BATCH_GD) {
			throw new ExperimentException(where + ": algorithm " + training.getAlgorithm()
					+ " is not honoured: one weight, one sample; set FULL_BATCH_GD");
		}
		if (training.getLossKind() != LossKind.HALF_SQUARED_ERROR) {
			throw new ExperimentException(where + ": lossKind " + training.getLossKind()
					+ " is not honoured: the family's loss is (s - w)^2 / 2; set HALF_SQUARED_ERROR");
		}
		if (training.getLossConvention() != LossConvention.MEAN) {
			throw new ExperimentException(where + ": lossConvention " + training.getLossConvention()
					+ " is not honoured: with one sample the sum is the mean; set MEAN");
		}
		if (!(experiment.getInitialisation() instanceof SmallGaussianInitialisation gaussian)) {
			throw new ExperimentException("Experiment '" + experiment.getName()
					+ "': initialisation must be SmallGaussianInitialisation");
		}
		double target = (Double) experiment.getTask().eGet(TARGET);
		double eta = training.getLearningRate();
		double w0 = gaussian.getScale() * new Random(experiment.getSeed()).nextGaussian();
		List<MetricDescriptor> metrics = List.of(new MetricDescriptor(LOSS, "loss", "(s - w)^2 / 2"),
				new MetricDescriptor(WEIGHT, "w", "the weight").summarisedBy(Summary.FINAL, Summary.HALF_TIME));
		return Preparation.of(metrics)
				.plots(List.of(PlotDescriptor.curves("weight", "The weight", "t/τ", eta, "w", false, List.of(WEIGHT)),
						PlotDescriptor.curves("loss", "Loss", "t/τ", eta, "loss", true, List.of(LOSS))))
				.trainer(() -> trainer(target, eta, w0, experiment.getSeed()))
				.theory(() -> List.of(new ExactRelaxation(target, eta, w0).withParameters(theoryParameters()))).build();
	}

	/** What the exact solution depends on: eta, and the scale of w0. Subclasses break it. */
	protected List<TheoryParameter> theoryParameters() {
		return List.of(TheoryParameter.learningRate(), TheoryParameter.initialScale("initialisation.scale", "scale of w0"));
	}

	/**
	 * The trainer of one run; subclasses break it.
	 *
	 * @param seed the experiment's seed (the honest trainer needs none past w0)
	 */
	protected Trainer trainer(double target, double eta, double w0, long seed) {
		return new RelaxingTrainer(target, eta, w0);
	}

	/**
	 * The fake's honest trainer: gradient descent on (s - w)^2 / 2, w ← w - eta (w - s). Broken variants extend it
	 * and break one promise.
	 */
	public static class RelaxingTrainer implements Trainer {
		protected double w;
		protected final double target;
		protected final double eta;

		public RelaxingTrainer(double target, double eta, double w0) {
			this.target = target;
			this.eta = eta;
			this.w = w0;
		}

		@Override
		public boolean step() {
			w -= eta * (w - target);
			return Double.isFinite(w);
		}

		@Override
		public void measure(double[] into) {
			into[0] = 0.5 * (target - w) * (target - w);
			into[1] = w;
		}

		@Override
		public boolean isFinite() {
			return Double.isFinite(w);
		}
	}

	/** w(t) = s + (w0 - s)(1 - eta)^t, exactly what gradient descent does (to rounding). */
	private record ExactRelaxation(double target, double eta, double w0) implements TheoryPrediction {
		@Override
		public String id() {
			return "exact";
		}

		@Override
		public String label() {
			return "exact: w(t) = s + (w0 - s)(1 - eta)^t";
		}

		@Override
		public List<String> metricIds() {
			return List.of(LOSS, WEIGHT);
		}

		@Override
		public double[][] predict(long[] steps) {
			double[][] values = new double[2][steps.length];
			for (int i = 0; i < steps.length; i++) {
				double w = target + (w0 - target) * Math.pow(1 - eta, steps[i]);
				values[0][i] = 0.5 * (target - w) * (target - w);
				values[1][i] = w;
			}
			return values;
		}
	}
}
