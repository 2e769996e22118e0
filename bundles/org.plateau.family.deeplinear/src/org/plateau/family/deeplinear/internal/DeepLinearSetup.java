package org.plateau.family.deeplinear.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.family.deeplinear.internal.numerics.Dataset;
import org.plateau.family.deeplinear.internal.numerics.Initialisations;
import org.plateau.family.deeplinear.internal.numerics.LambdaBalanced;
import org.plateau.family.deeplinear.internal.numerics.LinearNetwork;
import org.plateau.family.deeplinear.internal.numerics.LossConvention;
import org.plateau.family.deeplinear.internal.numerics.TaskModes;
import org.plateau.family.deeplinear.internal.numerics.Tasks;
import org.plateau.family.deeplinear.internal.numerics.TeacherStudentData;
import org.plateau.family.deeplinear.model.ContinualLearningTask;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.HierarchyTask;
import org.plateau.family.deeplinear.model.LambdaBalancedInitialisation;
import org.plateau.family.deeplinear.model.RandomRegressionTask;
import org.plateau.family.deeplinear.model.ReversalLearningTask;
import org.plateau.family.deeplinear.model.SpectrumTask;
import org.plateau.family.deeplinear.model.TeacherStudentTask;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.RandomOrthogonalInitialisation;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Task;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;
import org.plateau.model.util.FieldNames;

/**
 * An experiment of the deep linear family translated into numerics: the dataset, its task modes (the fixed
 * singular vectors of Sigma_yx, spec 0.2), the initial network and the training settings. Every random draw
 * (dataset, initial weights, SGD order) comes from a generator seeded by the experiment's seed.
 */
final class DeepLinearSetup {

	/**
	 * Feature-item entries of the four-item task whose predictions rise and fall, every one the paper plots (PNAS 2019,
	 * illusory correlations): Fly(Salmon) = a1/(4 sqrt7) + a2/(4 sqrt3) - a3/2, and Move(Oak) = Move(Rose) =
	 * Roots(Canary) = Roots(Salmon) = a1/(2 sqrt7) - a2/(2 sqrt3) (spec C1.8, yhat_mi = sum_a a_a U_ma V_ia).
	 */
	private static final String[][] ILLUSORY_CORRELATIONS = { { "Fly", "Salmon" }, { "Move", "Oak" },
			{ "Move", "Rose" }, { "Roots", "Canary" }, { "Roots", "Salmon" } };

	static final String LOSS = "loss";
	static final String RSA = "rsa";
	static final String PREDICTION = "prediction";
	/** Kernel distance of the NTK from its initial value (Dominé et al. 2024). */
	static final String NTK_DISTANCE = "ntk.distance";
	/** W1^T W1 and W2 W2^T, the representations whose structure tells lazy from rich learning (Dominé et al. 2024). */
	static final String INPUT_REPRESENTATION = "input-representation";
	static final String OUTPUT_REPRESENTATION = "output-representation";
	/** Generalization and training error of the teacher-student task (Advani & Saxe 2017). */
	static final String GENERALIZATION_ERROR = "E_g";
	static final String TRAINING_ERROR = "E_t";

	final Experiment experiment;
	final Dataset dataset;
	/** The teacher and noise of a teacher-student task (Advani & Saxe 2017), otherwise null. */
	final TeacherStudentData teacherStudent;
	/** The task learnt first: the experiment's, or the base task of a reversal. */
	final Task learntTask;
	/**
	 * The stretches of training, each on one data set, in order; the first starts at step 0 on {@link #dataset}.
	 * Reversal learning adds the reversed data (same X, -Y), continual learning one phase per task (Dominé et al.
	 * 2024). The record at a phase's start step still belongs to the phase before.
	 */
	final List<Phase> phases;
	/** Continual learning: the data of every task, in order (the loss on each is recorded); empty otherwise. */
	final List<Dataset> sequence;

	/** Training on {@code data} from step {@code start}. */
	record Phase(long start, Dataset data) {
	}
	final LossConvention convention;
	final TaskModes modes;
	final int depth;
	final int hiddenWidth;
	final double learningRate;
	final long steps;
	final long recordInterval;
	final long[] snapshotSteps;
	final boolean online;
	/** Whether the weights start lambda-balanced, W2^T W2 - W1 W1^T = lambda I (Dominé et al. 2024); then {@link #lambda}. */
	final boolean lambdaBalanced;
	final double lambda;
	final long initSeed;
	final long sgdSeed;
	/** Rows and columns of the illusory-correlation metrics in the feature-item matrix; empty if none. */
	final int[][] illusoryEntries;
	final List<MetricDescriptor> metrics;
	final List<MatrixDescriptor> matrices;

	private DeepLinearSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		Training training = experiment.getTraining();
		DeepLinearNetwork architecture = (DeepLinearNetwork) experiment.getArchitecture();
		SplittableRandom seeds = new SplittableRandom(experiment.getSeed());
		long dataSeed = seeds.nextLong();
		initSeed = seeds.nextLong();
		sgdSeed = seeds.nextLong();
		convention = training.getLossConvention() == org.plateau.model.LossConvention.SUM ? LossConvention.SUM
				: LossConvention.MEAN;
		learntTask = experiment.getTask() instanceof ReversalLearningTask reversal ? reversal.getTask() : experiment.getTask();
		List<Phase> stretches = new ArrayList<>();
		List<Dataset> tasks = new ArrayList<>();
		checkDataSize(experiment, learntTask);
		if (learntTask instanceof TeacherStudentTask task) {
			teacherStudent = TeacherStudentData.draw(task.getInputDim(), task.getSamples(), task.getWeightVariance(),
					task.getNoiseVariance(), dataSeed);
			dataset = teacherStudent.dataset();
		} else if (learntTask instanceof ContinualLearningTask continual) {
			teacherStudent = null;
			// one whitened random regression per task, each from its own seed derived from the data seed
			SplittableRandom taskSeeds = new SplittableRandom(dataSeed);
			for (int k = 0; k < continual.getNumberOfTasks(); k++) {
				tasks.add(Tasks.randomRegression(continual.getInputDim(), continual.getOutputDim(), continual.getSamples(),
						true, convention, taskSeeds.nextLong()));
				stretches.add(new Phase(k * continual.getStepsPerTask(), tasks.get(k)));
			}
			dataset = tasks.get(0);
		} else {
			teacherStudent = null;
			dataset = dataset(learntTask, convention, dataSeed);
		}
		if (stretches.isEmpty()) {
			stretches.add(new Phase(0, dataset));
		}
		if (experiment.getTask() instanceof ReversalLearningTask reversal) {
			// Dominé et al. 2024: reversal learning, the same inputs with the targets negated
			DMatrixRMaj negated = dataset.targets().copy();
			CommonOps_DDRM.scale(-1, negated);
			stretches.add(new Phase(reversal.getReversalStep(), new Dataset(dataset.name() + ", reversed",
					dataset.inputs(), negated, dataset.itemNames(), dataset.featureNames())));
		}
		phases = List.copyOf(stretches);
		sequence = List.copyOf(tasks);
		modes = TaskModes.of(dataset, convention);
		depth = architecture.getDepth();
		hiddenWidth = architecture.getHiddenWidth();
		learningRate = training.getLearningRate();
		steps = training.getSteps();
		recordInterval = training.getRecordInterval();
		snapshotSteps = training.getSnapshotSteps().stream().mapToLong(Long::longValue).sorted().distinct().toArray();
		online = training.getAlgorithm() == TrainingAlgorithm.ONLINE_SGD;
		lambdaBalanced = experiment.getInitialisation() instanceof LambdaBalancedInitialisation && depth == 2;
		lambda = experiment.getInitialisation() instanceof LambdaBalancedInitialisation balanced ? balanced.getLambda()
				: Double.NaN;
		illusoryEntries = illusoryEntries(dataset);
		metrics = metrics();
		matrices = matrices();
	}

	static DeepLinearSetup of(Experiment experiment) throws ExperimentException {
		return new DeepLinearSetup(experiment);
	}

	/** tau = 1/eta: time in steps, t/tau = eta * step (spec 0.1). */
	double tau() {
		return 1 / learningRate;
	}

	/** A freshly initialised network, the same for the same seed. */
	LinearNetwork initialNetwork() throws ExperimentException {
		Initialisation init = experiment.getInitialisation();
		int ni = dataset.inputSize();
		int no = dataset.outputSize();
		int nh = depth == 1 ? 0 : hiddenWidth;
		if (init instanceof SmallGaussianInitialisation gaussian) {
			return Initialisations.smallGaussian(ni, nh, no, depth, gaussian.getScale(), initSeed);
		} else if (init instanceof RandomOrthogonalInitialisation orthogonal) {
			return Initialisations.randomOrthogonal(ni, nh, no, depth, orthogonal.getGain(), initSeed);
		} else if (init instanceof AlignedBalancedInitialisation aligned) {
			return Initialisations.alignedBalanced(modes, nh, depth, aligned.getA0(), initSeed);
		} else if (init instanceof LambdaBalancedInitialisation balanced) {
			return lambdaBalancedNetwork(balanced, ni, nh, no);
		}
		throw new ExperimentException("Initialisation of experiment '" + experiment.getName() + "': "
				+ (init == null ? "none is set" : init.eClass().getName() + " is not supported by deep linear networks")
				+ "; use SmallGaussianInitialisation, RandomOrthogonalInitialisation, AlignedBalancedInitialisation or "
				+ "LambdaBalancedInitialisation");
	}

	/**
	 * Random (non-aligned) lambda-balanced weights whose product has singular values {@code scale} (Dominé et al. 2024,
	 * spec 1.3(c)): small scale and lambda = 0 is the rich regime, large |lambda| the lazy one.
	 */
	private LinearNetwork lambdaBalancedNetwork(LambdaBalancedInitialisation balanced, int ni, int nh, int no)
			throws ExperimentException {
		String where = "Initialisation of experiment '" + experiment.getName() + "': LambdaBalancedInitialisation";
		if (depth != 2) {
			throw new ExperimentException(where + " needs a two-layer network (depth 2); the architecture has depth "
					+ depth);
		}
		if (!(balanced.getScale() > 0) || !Double.isFinite(balanced.getScale()) || !Double.isFinite(balanced.getLambda())) {
			throw new ExperimentException(where + ": scale must be positive and lambda finite, were scale = "
					+ balanced.getScale() + ", lambda = " + balanced.getLambda());
		}
		try {
			return LambdaBalanced.random(ni, nh, no, balanced.getScale(), balanced.getLambda(), new Random(initSeed));
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + " cannot be built with hiddenWidth " + nh + " between " + ni
					+ " inputs and " + no + " outputs of the task (" + settings(experiment.getTask()) + "): "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Whether a lambda-balanced run starts on the saddle of the wrong orientation, and why, or empty. At lambda = 0 with
	 * square weights (Ni = Nh = No) gradient flow keeps W1 W1^T = W2^T W2, so W1 and W2 have the same singular values
	 * and W2 W1 turns singular only where both do: det(W2 W1) keeps its sign. Started with the sign opposite to that of
	 * det(Sigma_yx), the product cannot reach Sigma_yx: the weakest mode stays at 0 and the run ends on a saddle
	 * (Dominé et al. 2024's G+ is then singular, spec 1.3(d)). Gradient descent's O(eta) drift off the balance may
	 * still let it escape, late and not as the theory says.
	 *
	 * @param initial the initial network, {@link #initialNetwork()}
	 */
	Optional<String> orientationSaddle(LinearNetwork initial) {
		int ni = dataset.inputSize();
		if (!lambdaBalanced || lambda != 0 || ni != dataset.outputSize() || ni != hiddenWidth || phases.size() > 1
				|| modes.rank() < ni) {
			return Optional.empty();
		}
		double start = CommonOps_DDRM.det(initial.networkMap());
		double task = CommonOps_DDRM.det(dataset.sigmaYX(convention));
		if (Math.signum(start) * Math.signum(task) >= 0) {
			return Optional.empty();
		}
		return Optional.of(String.format(Locale.ROOT, "the initial product W2 W1 has det %s 0 while "
				+ "Sigma_yx has det %s 0: at lambda = 0 with square weights (%d inputs, hidden units and outputs) learning "
				+ "keeps the sign of det(W2 W1), so the weakest mode (s = %.4g) never learns and the run ends on a saddle; "
				+ "choose another seed (half of them start with the task's sign), lambda != 0 or a wider hidden layer",
				start < 0 ? "<" : ">", task < 0 ? "<" : ">", ni, modes.singularValue(ni - 1)));
	}

	/** The settings of a model object for a message, e.g. {@code dataset = FOUR_ITEMS}. */
	private static String settings(EObject object) {
		return object.eClass().getEAllAttributes().stream().map(a -> a.getName() + " = " + object.eGet(a))
				.collect(Collectors.joining(", "));
	}

	/**
	 * The loss that no linear map removes from whitened data: that of the best map Sigma_yx, 1/2 w ||Y - Sigma_yx X||^2
	 * (spec 0.1), from the residuals rather than as 1/2 (tr Sigma_yy - sum s^2), which cancels to rounding.
	 */
	double irreducibleLoss(Dataset data) {
		DMatrixRMaj residual = data.targets().copy();
		CommonOps_DDRM.multAdd(-1, data.sigmaYX(convention), data.inputs(), residual);
		double sumOfSquares = 0;
		for (int k = 0; k < residual.getNumElements(); k++) {
			sumOfSquares += residual.data[k] * residual.data[k];
		}
		return 0.5 * convention.exampleWeight(data.size()) * sumOfSquares;
	}

	/** Whether Sigma_x = I in the chosen convention, as the exact theory assumes (spec 0.1, "whitened"). */
	boolean whitened() {
		DMatrixRMaj sigmaX = dataset.sigmaX(convention);
		for (int i = 0; i < sigmaX.numRows; i++) {
			for (int j = 0; j < sigmaX.numCols; j++) {
				if (Math.abs(sigmaX.get(i, j) - (i == j ? 1 : 0)) > 1e-9) {
					return false;
				}
			}
		}
		return true;
	}

	boolean isHierarchy() {
		return learntTask instanceof HierarchyTask;
	}

	/** The id of the metric of mode alpha (0-based): {@code a1}, {@code a2}, ... */
	static String modeId(int alpha) {
		return "a" + (alpha + 1);
	}

	private List<MetricDescriptor> metrics() {
		List<MetricDescriptor> list = new ArrayList<>();
		list.add(new MetricDescriptor(LOSS, "loss", "training loss (" + convention + " convention)"));
		if (teacherStudent != null) {
			// Advani & Saxe 2017: for a new input the student errs by E_g; on the training set by E_t
			// its least value over training is the error of optimal early stopping, at the optimal stopping time
			list.add(new MetricDescriptor(GENERALIZATION_ERROR, "E_g (generalization)",
					"generalization error ||w - w_bar||^2 / N + sigma_eps^2 of the student w")
					.meaning(Summary.MIN, "optimal early stopping").meaning(Summary.ARGMIN, "optimal stopping time"));
			list.add(new MetricDescriptor(TRAINING_ERROR, "E_t (training)",
					"training error: mean squared residual over the P examples"));
			return List.copyOf(list);
		}
		if (!sequence.isEmpty()) {
			// continual learning: the loss on every task, learnt or not yet, shows forgetting
			for (int k = 0; k < sequence.size(); k++) {
				list.add(new MetricDescriptor(taskLossId(k), "loss on task " + (k + 1),
						"training loss (" + convention + ") of the network on task " + (k + 1)));
			}
			addKernelDistance(list);
			return List.copyOf(list);
		}
		for (int alpha = 0; alpha < modes.rank(); alpha++) {
			list.add(new MetricDescriptor(modeId(alpha),
					String.format("a%d (s=%.3f)", alpha + 1, modes.singularValue(alpha)),
					"strength of mode " + (alpha + 1) + ": u^T W v on the fixed task singular vectors")
					// a strength rises sigmoidally from its small start (Saxe et al. 2014, eq. 6): its least value is
					// the start; its final value and t_half mean something
					.summarisedBy(Summary.FINAL, Summary.HALF_TIME));
		}
		String[] features = dataset.featureNames();
		String[] items = dataset.itemNames();
		for (int[] entry : illusoryEntries) {
			String feature = features[entry[0]];
			String item = items[entry[1]];
			list.add(new MetricDescriptor("yhat." + feature + "." + item, feature + "(" + item + ")",
					"predicted feature '" + feature + "' of item '" + item + "'")
					// an illusory correlation rises and falls again (Saxe et al. 2019, Fig. 5): only its end is a number
					.summarisedBy(Summary.FINAL));
		}
		addKernelDistance(list);
		return List.copyOf(list);
	}

	private void addKernelDistance(List<MetricDescriptor> list) {
		if (lambdaBalanced) {
			list.add(new MetricDescriptor(NTK_DISTANCE, "NTK distance from t = 0",
					"kernel distance 1 - <K(0),K(t)>/(|K(0)| |K(t)|) of the neural tangent kernel (Dominé et al. 2024)"));
		}
	}

	/** The id of the loss on task k (0-based) of a continual learning sequence. */
	static String taskLossId(int k) {
		return "loss.task" + (k + 1);
	}

	private List<MatrixDescriptor> matrices() throws ExperimentException {
		if (snapshotSteps.length == 0) {
			return List.of();
		}
		List<MatrixDescriptor> list = new ArrayList<>();
		if (isHierarchy()) {
			List<String> items = List.of(dataset.itemNames());
			List<String> features = List.of(dataset.featureNames());
			if (depth >= 2) {
				list.add(new MatrixDescriptor(RSA, "Item similarity of the hidden layer (RSA)", items, items));
			}
			list.add(new MatrixDescriptor(PREDICTION, "Predicted feature-item matrix", features, items));
		}
		if (lambdaBalanced) {
			// with one-hot items the inputs are the items, the outputs the features
			List<String> inputs = isHierarchy() ? List.of(dataset.itemNames()) : List.of();
			List<String> outputs = isHierarchy() ? List.of(dataset.featureNames()) : List.of();
			list.add(new MatrixDescriptor(INPUT_REPRESENTATION, "Input-side representation W1ᵀW1", inputs, inputs));
			list.add(new MatrixDescriptor(OUTPUT_REPRESENTATION, "Output-side representation W2W2ᵀ", outputs, outputs));
		}
		if (list.isEmpty()) {
			throw new ExperimentException("Training of experiment '" + experiment.getName() + "': snapshotSteps "
					+ experiment.getTraining().getSnapshotSteps() + " have nothing to snapshot: a deep linear network snapshots the "
					+ "predictions (and, at depth 2 or more, the hidden layer's item similarity) of a HierarchyTask, and "
					+ "the representations of a LambdaBalancedInitialisation at depth 2; this experiment has a "
					+ experiment.getTask().eClass().getName() + " at depth " + depth + " from a "
					+ experiment.getInitialisation().eClass().getName() + ". Remove the snapshot steps");
		}
		return List.copyOf(list);
	}

	private static int[][] illusoryEntries(Dataset dataset) {
		if (dataset.featureNames() == null || dataset.itemNames() == null) {
			return new int[0][];
		}
		List<String> features = List.of(dataset.featureNames());
		List<String> items = List.of(dataset.itemNames());
		List<int[]> entries = new ArrayList<>();
		for (String[] entry : ILLUSORY_CORRELATIONS) {
			int f = features.indexOf(entry[0]);
			int i = items.indexOf(entry[1]);
			if (f >= 0 && i >= 0) {
				entries.add(new int[] { f, i });
			}
		}
		return entries.toArray(int[][]::new);
	}

	/**
	 * Refuses, by its fields, a task whose data cannot be drawn in this process, before any is drawn: a matrix of more
	 * entries than a Java array holds, or data larger than the heap allows. (The runner weighs the whole run against
	 * the heap only after this setup, which draws the data.)
	 */
	private static void checkDataSize(Experiment experiment, Task task) throws ExperimentException {
		String rowsName;
		String colsName;
		long rows;
		long cols;
		double doubles;
		if (task instanceof TeacherStudentTask teacherStudent) {
			// X is N x P (Advani & Saxe 2017)
			rowsName = FieldNames.of(DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__INPUT_DIM);
			colsName = FieldNames.of(DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__SAMPLES);
			rows = teacherStudent.getInputDim();
			cols = teacherStudent.getSamples();
			doubles = 2.0 * rows * cols;
		} else if (task instanceof RandomRegressionTask regression) {
			// X is Ni x P, orthonormalised through a P x Ni copy; the teacher No x Ni, Y No x P
			rowsName = FieldNames.of(DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__INPUT_DIM);
			colsName = FieldNames.of(DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__SAMPLES);
			rows = regression.getInputDim();
			cols = regression.getSamples();
			doubles = 3.0 * rows * cols + (double) regression.getOutputDim() * (rows + cols);
		} else if (task instanceof ContinualLearningTask continual) {
			// one random regression per task
			rowsName = FieldNames.of(DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__INPUT_DIM);
			colsName = FieldNames.of(DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__SAMPLES);
			rows = continual.getInputDim();
			cols = continual.getSamples();
			doubles = continual.getNumberOfTasks()
					* (3.0 * rows * cols + (double) continual.getOutputDim() * (rows + cols));
		} else if (task instanceof SpectrumTask spectrum) {
			// X = c I is Ni x Ni, Y No x Ni
			rowsName = FieldNames.of(DeepLinearPackage.Literals.SPECTRUM_TASK__INPUT_DIM);
			colsName = rowsName;
			rows = spectrum.getInputDim();
			cols = rows;
			doubles = (double) rows * rows + 2.0 * spectrum.getOutputDim() * rows;
		} else {
			return;
		}
		String where = "Task of experiment '" + experiment.getName() + "'";
		String sizes = rowsName + " " + rows + (colsName.equals(rowsName) ? " (squared)" : " x " + colsName + " " + cols);
		if (rows * cols > Integer.MAX_VALUE) {
			throw new ExperimentException(where + ": " + sizes + " makes a matrix of " + rows * cols + " entries, more "
					+ "than a Java array holds (2^31 - 1); make them smaller");
		}
		ExperimentRunner.checkMemory(where, sizes, (long) Math.min(Long.MAX_VALUE, 8 * doubles), "its data");
	}

	private static Dataset dataset(Task task, LossConvention convention, long seed) throws ExperimentException {
		if (task instanceof HierarchyTask hierarchy) {
			return switch (hierarchy.getDataset()) {
				case FOUR_ITEMS -> Tasks.fourItemToy();
				case EIGHT_ITEM_TREE -> Tasks.binaryTree();
			};
		} else if (task instanceof SpectrumTask spectrum) {
			double[] s = spectrum.getSingularValues().stream().mapToDouble(Double::doubleValue).toArray();
			return Tasks.spectrum(spectrum.getInputDim(), spectrum.getOutputDim(), s, convention, seed);
		} else if (task instanceof RandomRegressionTask regression) {
			return Tasks.randomRegression(regression.getInputDim(), regression.getOutputDim(), regression.getSamples(),
					regression.isWhitened(), regression.getTeacherScale(), regression.getNoiseScale(), convention, seed);
		}
		throw new ExperimentException("Task " + (task == null ? "(none)" : task.eClass().getName())
				+ " is not a task of the deep linear family");
	}
}
