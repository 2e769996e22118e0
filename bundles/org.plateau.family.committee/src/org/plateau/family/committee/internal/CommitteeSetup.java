package org.plateau.family.committee.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SeedStreams;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.UnusedSetting;
import org.plateau.family.committee.model.CommitteeActivation;
import org.plateau.family.committee.model.CommitteeInitialisation;
import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.CommitteeStart;
import org.plateau.family.committee.model.SecondLayer;
import org.plateau.family.committee.model.StudentCommittee;
import org.plateau.family.committee.model.TeacherTask;
import org.plateau.family.committee.theory.ActivationIntegrals;
import org.plateau.family.committee.theory.ErfIntegrals;
import org.plateau.family.committee.theory.LinearIntegrals;
import org.plateau.family.committee.theory.ReluIntegrals;
import org.plateau.family.committee.theory.OrderParameters;
import org.plateau.family.committee.theory.PlateauFixedPoint;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

/**
 * The translation of a committee experiment (Goldt et al. 2019, spec 3): the teacher drawn from the seed, the student
 * and its start, the online SGD of 3(c) with its 1/sqrt(N) and 1/N scalings, the order parameters measured, and the
 * ODEs of 3(d) from the run's own initial overlaps. Every setting is checked here with a message naming it.
 */
final class CommitteeSetup {

	static final String GENERALISATION_ERROR = "eg";
	static final String TEACHER_OVERLAPS = "R";
	static final String STUDENT_OVERLAPS = "Q";
	/** Seed streams: the teacher's weights, the student's start, the inputs and label noise of the steps. */
	static final long TEACHER = 1;
	static final long STUDENT = 2;
	static final long SAMPLES = 3;
	/** Inputs beyond this make a step too slow and the weights too large to be useful here. */
	static final int MAX_INPUTS = 1_000_000;

	final Experiment experiment;
	final TeacherTask task;
	final StudentCommittee student;
	final CommitteeInitialisation start;
	final int inputs;
	final int teacherUnits;
	final int studentUnits;
	final double learningRate;
	final double secondLayerRate;
	final double noise;
	final double weightDecay;
	final double teacherWeight;
	final boolean trainSecondLayer;
	final ActivationIntegrals integrals;
	private double[] teacher;
	private double[] initialWeights;
	private double[] initialSecondLayer;

	private CommitteeSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		String name = experiment.getName();
		this.task = (TeacherTask) experiment.getTask();
		String where = "Task of experiment '" + name + "': ";
		if (!(experiment.getArchitecture() instanceof StudentCommittee committee)) {
			throw new ExperimentException("Architecture of experiment '" + name + "': a TeacherTask is learnt by a "
					+ "StudentCommittee (K hidden units and a second layer v), not " + describe(experiment.getArchitecture()));
		}
		this.student = committee;
		if (!(experiment.getInitialisation() instanceof CommitteeInitialisation initialisation)) {
			throw new ExperimentException("Initialisation of experiment '" + name + "': the student starts from a "
					+ "CommitteeInitialisation (random or near the teacher), not " + describe(experiment.getInitialisation()));
		}
		this.start = initialisation;
		this.inputs = task.getInputDimension();
		if (inputs < 1 || inputs > MAX_INPUTS) {
			throw new ExperimentException(where + "inputDimension N must be in [1, " + MAX_INPUTS + "], was " + inputs);
		}
		this.teacherUnits = task.getTeacherUnits();
		if (teacherUnits < 1) {
			throw new ExperimentException(where + "teacherUnits M must be at least 1, was " + teacherUnits);
		}
		this.teacherWeight = task.getTeacherSecondLayer();
		if (!Double.isFinite(teacherWeight)) {
			throw new ExperimentException(where + "teacherSecondLayer A must be finite, was " + teacherWeight);
		}
		this.noise = task.getNoise();
		if (!(noise >= 0) || Double.isInfinite(noise)) {
			throw new ExperimentException(where + "noise sigma must be finite and non-negative, was " + noise);
		}
		this.integrals = integrals(task.getActivation(), where);
		String architecture = "Architecture of experiment '" + name + "': ";
		this.studentUnits = student.getHiddenUnits();
		if (studentUnits < 1) {
			throw new ExperimentException(architecture + "hiddenUnits K must be at least 1, was " + studentUnits);
		}
		this.trainSecondLayer = student.getSecondLayer() == SecondLayer.TRAINED;
		this.weightDecay = student.getWeightDecay();
		if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
			throw new ExperimentException(architecture + "weightDecay must be finite and non-negative, was " + weightDecay);
		}
		Training training = experiment.getTraining();
		this.learningRate = training.getLearningRate();
		double etaV = student.getSecondLayerLearningRate();
		if (!(etaV >= 0) || Double.isInfinite(etaV)) {
			throw new ExperimentException(architecture + "secondLayerLearningRate eta_v must be finite and non-negative "
					+ "(0 takes the first layer's), was " + etaV);
		}
		this.secondLayerRate = etaV == 0 ? learningRate : etaV;
		String trainingWhere = "Training of experiment '" + name + "': ";
		if (training.getAlgorithm() != TrainingAlgorithm.ONLINE_SGD) {
			throw new ExperimentException(trainingWhere + "algorithm " + training.getAlgorithm() + " is not offered: the "
					+ "teacher-student papers train by online SGD, one fresh input per step (ONLINE_SGD)");
		}
		if (training.getLossKind() != LossKind.HALF_SQUARED_ERROR) {
			throw new ExperimentException(trainingWhere + "lossKind " + training.getLossKind() + " is not offered: SGD "
					+ "runs on half the squared error 0.5 (yhat - y)^2 (HALF_SQUARED_ERROR), as in the paper (spec 3(c))");
		}
		String initialisationWhere = "Initialisation of experiment '" + name + "': ";
		double q0 = start.getInitialOverlap();
		if (!(q0 >= 0) || Double.isInfinite(q0)) {
			throw new ExperimentException(initialisationWhere + "initialOverlap Q0 must be finite and non-negative, was "
					+ q0);
		}
		double spread = start.getSecondLayerScale();
		if (!(spread >= 0) || Double.isInfinite(spread)) {
			throw new ExperimentException(initialisationWhere + "secondLayerScale must be finite and non-negative, was "
					+ spread);
		}
		if (start.getStart() == CommitteeStart.NEAR_TEACHER && studentUnits < teacherUnits) {
			throw new ExperimentException(initialisationWhere + "start NEAR_TEACHER copies the M = " + teacherUnits
					+ " teacher units into the student, which has only K = " + studentUnits + ": use K >= M or a RANDOM start");
		}
	}

	static CommitteeSetup of(Experiment experiment) throws ExperimentException {
		return new CommitteeSetup(experiment);
	}

	private static String describe(Object part) {
		return part == null ? "none" : ((EObject) part).eClass().getName();
	}

	private static ActivationIntegrals integrals(CommitteeActivation activation, String where)
			throws ExperimentException {
		return switch (activation) {
			case ERF -> ErfIntegrals.INSTANCE;
			case LINEAR -> LinearIntegrals.INSTANCE;
			case RELU -> ReluIntegrals.INSTANCE;
			case SIGN -> throw new ExperimentException(where + "activation SIGN cannot be trained by SGD: its derivative "
					+ "is zero almost everywhere, so the student never moves, and the ODE integrals I3, I4 vanish; use ERF, "
					+ "LINEAR or RELU");
		};
	}

	String activationName() {
		return integrals.name();
	}

	/** An independent stream of the experiment's seed. */
	SplittableRandom stream(long index) {
		return SeedStreams.of(experiment.getSeed(), index);
	}

	/** The teacher's first layer B, M x N row-major, B_mi ~ N(0, 1) (spec 3(b)). */
	synchronized double[] teacher() {
		if (teacher == null) {
			SplittableRandom random = stream(TEACHER);
			double[] b = new double[teacherUnits * inputs];
			for (int i = 0; i < b.length; i++) {
				b[i] = random.nextGaussian();
			}
			teacher = b;
		}
		return teacher;
	}

	/** The teacher's second layer A, the same for every unit. */
	double[] teacherSecondLayer() {
		double[] a = new double[teacherUnits];
		Arrays.fill(a, teacherWeight);
		return a;
	}

	/** The student's first layer at t = 0, K x N: N(0, Q0) per weight, plus B_k for k < M near the teacher. */
	synchronized double[] initialWeights() {
		if (initialWeights == null) {
			SplittableRandom random = stream(STUDENT);
			double std = Math.sqrt(start.getInitialOverlap());
			double[] w = new double[studentUnits * inputs];
			for (int i = 0; i < w.length; i++) {
				w[i] = std * random.nextGaussian();
			}
			if (start.getStart() == CommitteeStart.NEAR_TEACHER) {
				double[] b = teacher();
				for (int i = 0; i < teacherUnits * inputs; i++) {
					w[i] += b[i];
				}
			}
			initialWeights = w;
		}
		return initialWeights;
	}

	/** v at t = 0: 1, or N(0, s^2) when the second layer is trained with a spread s > 0. */
	synchronized double[] initialSecondLayer() {
		if (initialSecondLayer == null) {
			double[] v = new double[studentUnits];
			SplittableRandom random = stream(STUDENT + 100);
			double spread = start.getSecondLayerScale();
			for (int k = 0; k < studentUnits; k++) {
				v[k] = trainSecondLayer && spread > 0 ? spread * random.nextGaussian() : 1;
			}
			initialSecondLayer = v;
		}
		return initialSecondLayer;
	}

	/** The order parameters of the run at t = 0, from which the ODEs start. */
	OrderParameters initialOrderParameters() {
		return OrderParameters.fromWeights(initialWeights(), teacher(), studentUnits, teacherUnits, inputs,
				initialSecondLayer(), teacherSecondLayer());
	}

	/** t = steps / N (spec 3(c)). */
	double timePerStep() {
		return 1.0 / inputs;
	}

	static String selfOverlap(int k) {
		return "q" + (k + 1);
	}

	static String teacherOverlap(int k, int n) {
		return "r" + (k + 1) + "-" + (n + 1);
	}

	static String secondLayer(int k) {
		return "v" + (k + 1);
	}

	List<String> selfOverlapIds() {
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < studentUnits; k++) {
			ids.add(selfOverlap(k));
		}
		return ids;
	}

	List<String> teacherOverlapIds() {
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < studentUnits; k++) {
			for (int n = 0; n < teacherUnits; n++) {
				ids.add(teacherOverlap(k, n));
			}
		}
		return ids;
	}

	List<String> secondLayerIds() {
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < studentUnits; k++) {
			ids.add(secondLayer(k));
		}
		return ids;
	}

	/** eps_g, then Q_kk, R_kn and v_k, the order parameters of spec 3(d). */
	List<MetricDescriptor> metrics() {
		List<MetricDescriptor> metrics = new ArrayList<>();
		metrics.add(new MetricDescriptor(GENERALISATION_ERROR, "generalisation error ε_g", "eps_g = 0.5 E[(yhat - y)^2] "
				+ "over inputs, without label noise, in closed form from the order parameters Q, R, T, v, A (spec 3(d))")
				.summarisedBy(Summary.FINAL, Summary.MIN));
		for (int k = 0; k < studentUnits; k++) {
			metrics.add(new MetricDescriptor(selfOverlap(k), "Q" + subscript(k + 1) + subscript(k + 1),
					"Q_kk = w_k . w_k / N, the squared length of student unit " + (k + 1)).summarisedBy(Summary.FINAL));
		}
		for (int k = 0; k < studentUnits; k++) {
			for (int n = 0; n < teacherUnits; n++) {
				metrics.add(new MetricDescriptor(teacherOverlap(k, n), "R" + subscript(k + 1) + subscript(n + 1),
						"R_kn = w_k . B_n / N, the overlap of student unit " + (k + 1) + " with teacher unit " + (n + 1))
						.summarisedBy(Summary.FINAL));
			}
		}
		for (int k = 0; k < studentUnits; k++) {
			metrics.add(new MetricDescriptor(secondLayer(k), "v" + subscript(k + 1), "second-layer weight of student unit "
					+ (k + 1) + (trainSecondLayer ? "" : " (fixed at 1: a soft committee machine)"))
					.summarisedBy(Summary.FINAL));
		}
		return metrics;
	}

	private static String subscript(int index) {
		StringBuilder s = new StringBuilder();
		for (char c : Integer.toString(index).toCharArray()) {
			s.append((char) ('₀' + (c - '0')));
		}
		return s.toString();
	}

	List<MatrixDescriptor> matrices() {
		List<String> students = new ArrayList<>();
		for (int k = 0; k < studentUnits; k++) {
			students.add("student " + (k + 1));
		}
		List<String> teachers = new ArrayList<>();
		for (int n = 0; n < teacherUnits; n++) {
			teachers.add("teacher " + (n + 1));
		}
		return List.of(new MatrixDescriptor(TEACHER_OVERLAPS, "teacher-student overlaps R", students, teachers),
				new MatrixDescriptor(STUDENT_OVERLAPS, "student-student overlaps Q", students, students));
	}

	List<PlotDescriptor> plots() {
		String time = "t = steps / N";
		double scale = timePerStep();
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("generalisation-error", "Generalisation error (SGD solid, ODE dashed"
				+ (plateauApplies() ? ", plateau dotted)" : ")"), time, scale, "ε_g", true, List.of(GENERALISATION_ERROR))
				.withOption("logX", "true"));
		plots.add(PlotDescriptor.curves("teacher-overlaps", "Teacher-student overlaps R", time, scale, "R", false,
				teacherOverlapIds()).withOption("logX", "true"));
		plots.add(PlotDescriptor.curves("self-overlaps", "Student self-overlaps Q_kk", time, scale, "Q", false,
				selfOverlapIds()).withOption("logX", "true"));
		if (trainSecondLayer) {
			plots.add(PlotDescriptor.curves("second-layer", "Second-layer weights v", time, scale, "v", false,
					secondLayerIds()).withOption("logX", "true"));
			plots.add(PlotDescriptor.bars("second-layer-final", "Second-layer weights v at the end", "v",
					secondLayerIds()));
		}
		plots.add(PlotDescriptor.matrices("teacher-overlap-map", "Teacher-student overlaps R (specialisation)", time,
				scale, TEACHER_OVERLAPS));
		plots.add(PlotDescriptor.matrices("self-overlap-map", "Student-student overlaps Q (duplicated and switched-off "
				+ "units)", time, scale, STUDENT_OVERLAPS));
		return plots;
	}

	/**
	 * Whether the plateau of the unspecialised fixed point (spec 3(d)) describes this run: erf units, K = M, a soft
	 * committee machine with A = 1 from a random start (the fixed point is derived for T = I, which the teacher's T
	 * approaches as N grows; a start near the teacher never meets it).
	 */
	boolean plateauApplies() {
		return integrals == ErfIntegrals.INSTANCE && studentUnits == teacherUnits && !trainSecondLayer
				&& teacherWeight == 1 && start.getStart() == CommitteeStart.RANDOM;
	}

	Map<String, String> numerics() {
		Map<String, String> n = new LinkedHashMap<>();
		n.put("model", String.format("teacher M = %d %s units, A = %s, B ~ N(0, I_N), N = %d; student K = %d (L = %d)%s; "
				+ "label noise sigma = %s", teacherUnits, integrals.name(), teacherWeight, inputs, studentUnits,
				studentUnits - teacherUnits, trainSecondLayer ? ", both layers trained" : ", v = 1 fixed (soft committee "
						+ "machine)", noise));
		n.put("training", String.format("online SGD on 0.5 (yhat - y)^2, one fresh x ~ N(0, I_N) per step: w_k -= "
				+ "(eta/sqrt N) v_k g'(lambda_k) Delta x%s, eta = %s%s; t = steps/N", weightDecay > 0
						? " + (wd/N) w_k, wd = " + weightDecay : "", learningRate, trainSecondLayer
								? "; v_k -= (eta_v/N) g(lambda_k) Delta, eta_v = " + secondLayerRate : ""));
		n.put("start", start.getStart() == CommitteeStart.NEAR_TEACHER ? "w_k = B_k + N(0, " + start.getInitialOverlap()
				+ ") per weight for k < M, N(0, " + start.getInitialOverlap() + ") for the others"
				: "w_k ~ N(0, " + start.getInitialOverlap() + " I_N)");
		n.put("theory", "the ODEs of Q, R" + (trainSecondLayer ? ", v" : "") + " (spec 3(d)) with the closed-form "
				+ integrals.name() + " integrals I2, I3, I4, J2, integrated by Dormand-Prince 5(4) from the run's own "
				+ "initial overlaps; eps_g in closed form");
		return n;
	}

	List<UnusedSetting> unused() {
		List<UnusedSetting> unused = new ArrayList<>();
		if (!trainSecondLayer) {
			unused.add(new UnusedSetting(student, CommitteePackage.Literals.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE,
					"the second layer is fixed at v = 1 (secondLayer FIXED)"));
			unused.add(new UnusedSetting(start, CommitteePackage.Literals.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE,
					"the second layer is fixed at v = 1 (secondLayer FIXED)"));
		}
		Training training = experiment.getTraining();
		if (training.getLossConvention() != LossConvention.MEAN) {
			// one sample per step: the mean and the sum of its loss are the same
			unused.add(new UnusedSetting(training, PlateauPackage.Literals.TRAINING__LOSS_CONVENTION,
					"online SGD takes one sample per step, whose mean and sum are the same"));
		}
		return unused;
	}

	long estimatedBytes() {
		return 8L * inputs * (2L * studentUnits + teacherUnits + 2);
	}

	String sizedBy() {
		return String.format("N = %d inputs, K = %d student and M = %d teacher units", inputs, studentUnits, teacherUnits);
	}

	OnlineSgdTrainer trainer() {
		return new OnlineSgdTrainer(training());
	}

	/** The online SGD of spec 3(c) as the trainer takes it. */
	OnlineSgd training() {
		return new OnlineSgd(integrals, inputs, studentUnits, teacherUnits, learningRate, secondLayerRate, noise,
				weightDecay, trainSecondLayer, initialWeights(), teacher(), initialSecondLayer(), teacherSecondLayer(),
				stream(SAMPLES));
	}

	List<TheoryPrediction> theory() {
		List<TheoryPrediction> theory = new ArrayList<>();
		theory.add(new OrderParameterOdes(this));
		if (plateauApplies()) {
			theory.add(new PlateauLevel(teacherUnits, PlateauFixedPoint.error(teacherUnits)));
		}
		return theory;
	}
}
