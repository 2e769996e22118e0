package org.plateau.family.localization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SeedStreams;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.UnusedSetting;
import org.plateau.family.localization.data.ImageEnsemble;
import org.plateau.family.localization.data.PixelMarginal;
import org.plateau.family.localization.model.DataModel;
import org.plateau.family.localization.model.LocalizationPackage;
import org.plateau.family.localization.model.LocalizationTask;
import org.plateau.family.localization.model.Marginal;
import org.plateau.family.localization.model.NeuronActivation;
import org.plateau.family.localization.model.NeuronLayer;
import org.plateau.family.localization.model.XavierInitialisation;
import org.plateau.family.localization.theory.Amplifier;
import org.plateau.family.localization.theory.MarginalMoments;
import org.plateau.kernels.DenseKernels;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

/**
 * The translation of a localization experiment (Lufkin, Saxe &amp; Grant 2024, spec 2): the image model of its task,
 * the neurons, the SGD of section 2(c), the metrics of 2(e), and the effective dynamics of 2(d) where it applies (one
 * ReLU neuron without bias on a Gaussian-copula or +-1 model). Every setting is checked here with a message naming it.
 */
final class LocalizationSetup {

	static final String LOSS = "loss";
	static final String IPR = "ipr";
	static final String ENTROPY = "entropy";
	static final String CENTRE = "centre";
	static final String SPREAD = "spread";
	static final String EXCESS_KURTOSIS = "excess-kurtosis";
	/** More neurons than this get a grid of every field at the end, up to {@link #GRID_MAX} of them. */
	static final int GRID_FROM = 16;
	static final int GRID_MAX = 100;
	static final String RECEPTIVE_FIELD = "receptive-field";
	/** Seed streams: the weights, the fixed set, the covariance estimate, then one per chunk. */
	static final long WEIGHTS = 1;
	static final long FIXED_SET = 2;
	static final long COVARIANCE = 3;
	static final long CHUNK_STREAMS = 1000;
	/** Images averaged for a covariance that has no closed form (NORTA), and pixels for an empirical kurtosis. */
	static final int COVARIANCE_IMAGES = 100_000;

	final Experiment experiment;
	final LocalizationTask task;
	final NeuronLayer layer;
	final double initialScale;
	final ImageEnsemble images;
	final DenseKernels kernels = DenseKernels.standard();
	final int neurons;
	final boolean sigmoid;
	final int batch;
	final int samples;
	final boolean miniBatchOfFixedSet;
	final double learningRate;
	final double lossFactor;
	final boolean meanOverBatch;
	final int threads;
	private DMatrixRMaj[] fixedSet;
	private DMatrixRMaj[] covariances;
	private Double kurtosis;
	private Amplifier amplifier;

	private LocalizationSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		String name = experiment.getName();
		this.task = (LocalizationTask) experiment.getTask();
		if (!(experiment.getArchitecture() instanceof NeuronLayer neuronLayer)) {
			throw new ExperimentException("Architecture of experiment '" + name + "': a LocalizationTask is learnt by a "
					+ "NeuronLayer (K neurons with a mean or trained readout), not " + describe(experiment.getArchitecture()));
		}
		this.layer = neuronLayer;
		if (!(experiment.getInitialisation() instanceof XavierInitialisation xavier)) {
			throw new ExperimentException("Initialisation of experiment '" + name + "': the neurons start from an "
					+ "XavierInitialisation (Xavier-normal times sqrt(scale)), not " + describe(experiment.getInitialisation()));
		}
		this.initialScale = xavier.getScale();
		if (!(initialScale > 0) || Double.isInfinite(initialScale)) {
			throw new ExperimentException("Initialisation of experiment '" + name + "': scale must be positive and finite, "
					+ "was " + initialScale);
		}
		this.neurons = layer.getNeurons();
		if (neurons < 1) {
			throw new ExperimentException("Architecture of experiment '" + name + "': neurons must be at least 1, was "
					+ neurons);
		}
		this.sigmoid = layer.getActivation() == NeuronActivation.SIGMOID;
		Training training = experiment.getTraining();
		this.learningRate = training.getLearningRate();
		if (training.getLossKind() == LossKind.CROSS_ENTROPY) {
			throw new ExperimentException("Training of experiment '" + name + "': lossKind CROSS_ENTROPY is not offered: "
					+ "the localization papers train on the squared error (SQUARED_ERROR, without the 1/2)");
		}
		this.lossFactor = training.getLossKind() == LossKind.HALF_SQUARED_ERROR ? 0.5 : 1;
		this.meanOverBatch = training.getLossConvention() == LossConvention.MEAN;
		this.samples = task.getSamples();
		if (samples < 0 || samples == 1) {
			throw new ExperimentException("Task of experiment '" + name + "': samples must be 0 (online) or at least 2 "
					+ "(a fixed set, half per class), was " + samples);
		}
		TrainingAlgorithm algorithm = training.getAlgorithm();
		if (algorithm == TrainingAlgorithm.ONLINE_SGD) {
			throw new ExperimentException("Training of experiment '" + name + "': algorithm ONLINE_SGD (one image per "
					+ "step) is not offered: every step draws half its images from each class, so use MINI_BATCH_SGD with "
					+ "batchSize 2 or more (the paper: 10000)");
		}
		if (algorithm == TrainingAlgorithm.FULL_BATCH_GD) {
			if (samples == 0) {
				throw new ExperimentException("Training of experiment '" + name + "': algorithm FULL_BATCH_GD needs a fixed set: set "
						+ "the task's samples P, or train online with MINI_BATCH_SGD");
			}
			this.batch = samples;
			this.miniBatchOfFixedSet = false;
		} else {
			this.batch = training.getBatchSize();
			if (batch < 2) {
				throw new ExperimentException("Training of experiment '" + name + "': batchSize must be at least 2 (half "
						+ "of each batch per class), was " + batch);
			}
			this.miniBatchOfFixedSet = samples > 0;
		}
		this.images = ensemble(task, name);
		this.threads = Math.max(1, DenseKernels.threadBudget());
	}

	static LocalizationSetup of(Experiment experiment) throws ExperimentException {
		return new LocalizationSetup(experiment);
	}

	private static String describe(Object part) {
		return part == null ? "none" : ((EObject) part).eClass().getName();
	}

	private static ImageEnsemble ensemble(LocalizationTask task, String name) throws ExperimentException {
		int side = task.getPixels();
		int dimensions = task.getDimensions();
		String where = "Task of experiment '" + name + "': ";
		if (dimensions != 1 && dimensions != 2) {
			throw new ExperimentException(where + "dimensions must be 1 (rings) or 2 (tori), was " + dimensions);
		}
		if (side < 2 || (dimensions == 2 && side > 100) || side > 4096) {
			throw new ExperimentException(where + "pixels must be in [2, " + (dimensions == 2 ? 100 : 4096) + "], was "
					+ side);
		}
		double xi0 = task.getCorrelationLength0();
		double xi1 = task.getCorrelationLength1();
		if (task.getDataModel() != DataModel.ISING && (!(xi0 > 0) || !(xi1 > 0) || Double.isInfinite(xi0)
				|| Double.isInfinite(xi1))) {
			throw new ExperimentException(where + "correlation lengths must be positive and finite, were xi0 = " + xi0
					+ ", xi1 = " + xi1);
		}
		try {
			switch (task.getDataModel()) {
				case GAUSSIAN:
					return ImageEnsemble.gaussian(side, dimensions, xi0, xi1);
				case NLGP:
					if (!(task.getGain() > 0) || Double.isInfinite(task.getGain())) {
						throw new ExperimentException(where + "gain g must be positive and finite, was " + task.getGain());
					}
					return ImageEnsemble.nlgp(side, dimensions, xi0, xi1, task.getGain());
				case ISING:
					if (dimensions != 1) {
						throw new ExperimentException(where + "dimensions = 2 is not offered for ISING: the exact sampler "
								+ "and covariance are those of a 1-D ring");
					}
					return ImageEnsemble.ising(side, task.getCoupling0(), task.getCoupling1());
				case NORTA:
					return ImageEnsemble.norta(side, dimensions, xi0, xi1, marginal(task, where));
				case ELLIPTICAL:
					return ImageEnsemble.elliptical(side, dimensions, xi0, xi1);
				case STUDENT_T:
					return ImageEnsemble.studentT(side, dimensions, xi0, xi1, task.getDegreesOfFreedom());
				default:
					throw new ExperimentException(where + "unknown data model " + task.getDataModel());
			}
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + e.getMessage());
		}
	}

	private static PixelMarginal marginal(LocalizationTask task, String where) throws ExperimentException {
		return switch (task.getMarginal()) {
			case ALGEBRAIC -> {
				if (task.getTailExponent() <= 2) {
					throw new ExperimentException(where + "tail exponent k must be at least 3 (Alg(k) has no finite "
							+ "variance for k <= 2), was " + task.getTailExponent());
				}
				yield PixelMarginal.algebraic(task.getTailExponent());
			}
			case LAPLACE -> PixelMarginal.laplace();
			case UNIFORM -> PixelMarginal.uniform();
			case BERNOULLI -> PixelMarginal.bernoulli();
		};
	}

	/** An independent stream of the experiment's seed. */
	SplittableRandom stream(long index) {
		return SeedStreams.of(experiment.getSeed(), index);
	}

	/** The fixed set: P/2 images of label 0 and the rest of label 1, drawn once from the seed. */
	synchronized DMatrixRMaj[] fixedSet() {
		if (fixedSet == null) {
			SplittableRandom random = stream(FIXED_SET);
			int[] perClass = { samples / 2, samples - samples / 2 };
			DMatrixRMaj[] set = new DMatrixRMaj[2];
			for (int label = 0; label < 2; label++) {
				set[label] = new DMatrixRMaj(perClass[label], images.pixels());
				images.sample(label, set[label], images.newScratch(perClass[label]), random, kernels);
			}
			fixedSet = set;
		}
		return fixedSet;
	}

	/** Sigma_0, Sigma_1: exact where the model gives them, else averaged over images and translations. */
	synchronized DMatrixRMaj[] covariances() {
		if (covariances == null) {
			SplittableRandom random = stream(COVARIANCE);
			covariances = new DMatrixRMaj[] { images.covariance(0, COVARIANCE_IMAGES, random, kernels),
					images.covariance(1, COVARIANCE_IMAGES, random, kernels) };
		}
		return covariances;
	}

	/** The kurtosis of label 1's pixels: by quadrature for a copula, else from images. */
	synchronized double kurtosis() {
		if (kurtosis == null) {
			PixelMarginal marginal = images.marginal(1);
			if (marginal != null) {
				kurtosis = MarginalMoments.kurtosis(marginal);
			} else {
				int rows = 20_000;
				DMatrixRMaj x = new DMatrixRMaj(rows, images.pixels());
				images.sample(1, x, images.newScratch(rows), stream(COVARIANCE + 1), kernels);
				kurtosis = MarginalMoments.sampleKurtosis(x.data, rows * images.pixels());
			}
		}
		return kurtosis;
	}

	/** Why the effective dynamics does not describe this experiment, or {@code null} when it does. */
	String whyNoTheory() {
		if (neurons != 1 || sigmoid || layer.isBias() || layer.isTrainedReadout()) {
			return "the effective dynamics (Lemma 3.1) is that of one ReLU neuron without bias and with the fixed "
					+ "readout; this network has " + neurons + " " + layer.getActivation() + " neuron(s)"
					+ (layer.isBias() ? " with biases" : "") + (layer.isTrainedReadout() ? " and a trained readout" : "");
		}
		if (images.marginal(1) == null) {
			return "the pixels of " + task.getDataModel() + " images are dependent through a shared radius, so no "
					+ "single-pixel amplifier describes them (Proposition 3.3: they never localise)";
		}
		return null;
	}

	/** phi of label 1's marginal: the closed form for Gaussian and +-1 pixels, else by quadrature. */
	synchronized Amplifier amplifier() {
		if (amplifier == null) {
			amplifier = task.getDataModel() == DataModel.ISING ? Amplifier.spin() : Amplifier.of(images.marginal(1));
		}
		return amplifier;
	}

	/** SGD time to the derived form's time: s = eta c m step / 2, m = B for a summed loss. */
	double derivedTimePerStep() {
		return learningRate * lossFactor * (meanOverBatch ? 1 : batch) / 2;
	}

	/** The Xavier-normal start: w ~ N(0, 2 scale/(D + K)) per weight; the readout 1 (fixed) or Xavier(K, 1) + 1. */
	DMatrixRMaj initialWeights() {
		SplittableRandom random = stream(WEIGHTS);
		int d = images.pixels();
		DMatrixRMaj w = new DMatrixRMaj(neurons, d);
		double std = Math.sqrt(2.0 / (d + neurons)) * Math.sqrt(initialScale);
		for (int i = 0; i < w.data.length; i++) {
			w.data[i] = std * random.nextGaussian();
		}
		return w;
	}

	double[] initialReadout() {
		double[] v = new double[neurons];
		SplittableRandom random = stream(WEIGHTS + 100);
		double std = Math.sqrt(2.0 / (neurons + 1));
		for (int k = 0; k < neurons; k++) {
			v[k] = layer.isTrainedReadout() ? 1 + std * random.nextGaussian() : 1;
		}
		return v;
	}

	List<MetricDescriptor> metrics() {
		String over = neurons == 1 ? "" : ", mean over the " + neurons + " neurons";
		return List.of(
				new MetricDescriptor(LOSS, "loss", lossFactor + " (yhat - y)^2 " + (meanOverBatch ? "averaged" : "summed")
						+ " over the step's batch").summarisedBy(Summary.FINAL, Summary.MIN),
				new MetricDescriptor(IPR, "IPR", "inverse participation ratio sum w^4/(sum w^2)^2 of the receptive field"
						+ over + "; 1/D uniform, 1 a single pixel").summarisedBy(Summary.FINAL, Summary.HALF_TIME),
				new MetricDescriptor(ENTROPY, "entropy of w²", "-sum p ln p of p = w^2/|w|^2" + over)
						.summarisedBy(Summary.FINAL),
				new MetricDescriptor(CENTRE, "centre of w²" + (neurons == 1 ? "" : " (neuron 1)"),
						"circular mean position of w^2, pixels").summarisedBy(),
				new MetricDescriptor(SPREAD, "spread of w²", "circular standard deviation of w^2, pixels" + over)
						.summarisedBy(Summary.FINAL),
				// Claim 3.2: kappa - 3 < 0 localises; a sweep over g or k draws the IPR against it (Fig. 4; check 2-F)
				new MetricDescriptor(EXCESS_KURTOSIS, "excess kurtosis κ − 3", "kappa - 3 = E x^4 - 3 of label 1's "
						+ "pixels (" + (images.marginal(1) != null ? "by quadrature" : "from 20000 images")
						+ "), a property of the data model that training does not change").asQuantityOfSetting());
	}

	List<MatrixDescriptor> matrices() {
		List<String> rows = new ArrayList<>();
		for (int k = 0; k < neurons; k++) {
			rows.add("neuron " + (k + 1));
		}
		return List.of(new MatrixDescriptor(RECEPTIVE_FIELD, "receptive fields w (one row per neuron)", rows, List.of()));
	}

	List<PlotDescriptor> plots() {
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("ipr", "Localisation: IPR of the receptive field (SGD solid, effective dynamics "
				+ "dashed)", "step", 1, "IPR", false, List.of(IPR)));
		plots.add(PlotDescriptor.curves("position", "Centre and spread of w² (pixels)", "step", 1, "pixels", false,
				List.of(CENTRE, SPREAD)));
		plots.add(PlotDescriptor.curves("entropy", "Entropy of w²", "step", 1, "entropy", false, List.of(ENTROPY)));
		plots.add(PlotDescriptor.curves("loss", "Loss", "step", 1, "loss", false, List.of(LOSS)));
		String effectiveDynamics = EffectiveDynamicsPrediction.id(EffectiveDynamicsPrediction.Form.DERIVED, false);
		// Fig. 3: the receptive field against pixel over training, SGD solid and the effective dynamics dashed (on a
		// ring; a torus's fields are drawn as images only)
		if (images.dimensions() == 1) {
			plots.add(PlotDescriptor.profiles("receptive-field-profiles", "Receptive field"
					+ (neurons == 1 ? "" : " of neuron 1") + " against pixel over training (SGD solid"
					+ (whyNoTheory() == null ? ", effective dynamics dashed)" : ")"), "step", 1, "w",
					RECEPTIVE_FIELD, "pixel", 0, effectiveDynamics));
		}
		plots.add(PlotDescriptor.images("receptive-fields", "Receptive fields over training (simulation"
				+ (whyNoTheory() == null ? " above the effective dynamics)" : ")"), "step", 1, RECEPTIVE_FIELD,
				images.dimensions() == 2 ? images.side() : 1).withOption("theory", effectiveDynamics));
		if (neurons > GRID_FROM) {
			// the many-neuron figures (K = 20, 100): every field at the end of training, ten to a line
			int shown = Math.min(neurons, GRID_MAX);
			plots.add(PlotDescriptor.images("receptive-field-grid", "Receptive fields of "
					+ (shown == neurons ? "all " + neurons : "the first " + shown + " of " + neurons)
					+ " neurons at the end of training", "step", 1, RECEPTIVE_FIELD,
					images.dimensions() == 2 ? images.side() : 1).withOption("lastOnly", "true")
					.withOption("maxImages", Integer.toString(shown)).withOption("perLine", "10"));
		}
		// Fig. 2: the amplifier and the marginal, for models whose pixels have one marginal (not elliptical or t)
		PixelMarginal marginal = images.marginal(1);
		if (marginal != null && marginal.hasFiniteKurtosis()) {
			plots.add(SettingFunctions.amplifier(amplifier(), marginal.label(), kurtosis()));
			plots.add(SettingFunctions.marginal(marginal, kurtosis()));
		}
		return plots;
	}

	Map<String, String> numerics() {
		Map<String, String> n = new LinkedHashMap<>();
		n.put("images", images.describe() + "; label 1 has the longer correlation");
		n.put("marginal", String.format("kurtosis of label 1's pixels %.6g (excess %.6g; %s)", kurtosis(), kurtosis() - 3,
				images.marginal(1) != null ? "by quadrature" : "from 20000 images"));
		n.put("training", String.format("%s on %s (yhat - y)^2 %s over %s, half of each batch per class, eta = %s; "
				+ "%d %s neuron(s)%s%s; Xavier-normal x sqrt(%s)", miniBatchOfFixedSet || samples == 0 ? "SGD" : "full-batch GD",
				lossFactor, meanOverBatch ? "averaged" : "summed", samples == 0 ? "fresh images every step (online), batch "
						+ batch : (miniBatchOfFixedSet ? "mini-batches of " + batch + " from " : "") + "a fixed set of "
								+ samples + " images", learningRate, neurons, layer.getActivation(),
				layer.isBias() ? ", biases" : "", layer.isTrainedReadout() ? ", trained readout" : ", mean readout",
				initialScale));
		n.put("sampling", String.format("chunks of at most %d images, each with its own seeded stream, on %d thread(s); "
				+ "results do not depend on the thread count", NeuronTrainer.CHUNK, threads));
		return n;
	}

	List<UnusedSetting> unused() {
		List<UnusedSetting> unused = new ArrayList<>();
		DataModel model = task.getDataModel();
		if (model != DataModel.NLGP) {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__GAIN,
					"only NLGP images have a gain"));
		}
		if (model != DataModel.NORTA) {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__MARGINAL,
					"only NORTA images take a marginal"));
		}
		if (model != DataModel.NORTA || task.getMarginal() != Marginal.ALGEBRAIC) {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__TAIL_EXPONENT,
					"only the algebraic NORTA marginal Alg(k) has a tail exponent"));
		}
		if (model != DataModel.ISING) {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__COUPLING0,
					"only Ising rings have couplings"));
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__COUPLING1,
					"only Ising rings have couplings"));
		} else {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__CORRELATION_LENGTH0,
					"Ising rings are correlated by their couplings J0, J1"));
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__CORRELATION_LENGTH1,
					"Ising rings are correlated by their couplings J0, J1"));
		}
		if (model != DataModel.STUDENT_T) {
			unused.add(new UnusedSetting(task, LocalizationPackage.Literals.LOCALIZATION_TASK__DEGREES_OF_FREEDOM,
					"only Student-t images have degrees of freedom"));
		}
		return unused;
	}

	long estimatedBytes() {
		long d = images.pixels();
		return 8L * (4 * (long) batch * d + (long) samples * d + 4L * neurons * d * (batch / NeuronTrainer.CHUNK + 2)
				+ 2 * d * d);
	}

	String sizedBy() {
		return String.format("batch %d, %d pixels, %d neurons%s", batch, images.pixels(), neurons,
				samples > 0 ? ", a fixed set of " + samples : "");
	}

	NeuronTrainer trainer() {
		return new NeuronTrainer(training(), initialWeights(), initialReadout());
	}

	/** The SGD of spec 2(c) as the trainer takes it. */
	NeuronTraining training() {
		return new NeuronTraining(images, kernels, neurons, sigmoid, layer.isBias(), layer.isTrainedReadout(), batch,
				learningRate, lossFactor, meanOverBatch, samples > 0 ? fixedSet() : null, miniBatchOfFixedSet, this::stream,
				threads, kurtosis() - 3);
	}

	List<TheoryPrediction> theory() throws ExperimentException {
		String why = whyNoTheory();
		if (why != null) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName() + "': " + why);
		}
		return List.of(new EffectiveDynamicsPrediction(this, EffectiveDynamicsPrediction.Form.DERIVED, false),
				new EffectiveDynamicsPrediction(this, EffectiveDynamicsPrediction.Form.DERIVED, true),
				new EffectiveDynamicsPrediction(this, EffectiveDynamicsPrediction.Form.CODE, false),
				new EffectiveDynamicsPrediction(this, EffectiveDynamicsPrediction.Form.CODE, true));
	}
}
