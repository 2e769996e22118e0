package org.plateau.family.reln.internal;

import java.util.ArrayList;
import java.util.List;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.Trainer;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.RelnNetwork;
import org.plateau.family.reln.model.RelnPackage;
import org.plateau.family.reln.model.ReluNetwork;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.util.FieldNames;

/**
 * An experiment of the ReLU-equivalent family: the contextual data, and the ReLU network or the ReLN that learns it,
 * with the metrics each records.
 */
final class RelnSetup {

	static final String LOSS = "loss";
	static final String COMMON_LOSS = "loss.common";

	final Experiment experiment;
	final ContextualData data;
	final List<MetricDescriptor> metrics = new ArrayList<>();
	final ReluNetwork relu;
	final RelnNetwork reln;

	private RelnSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		String where = "Experiment '" + experiment.getName() + "'";
		if (!(experiment.getTask() instanceof ContextualTask task)) {
			throw new ExperimentException(where + ": the ReLU-equivalent family needs a ContextualTask");
		}
		this.data = new ContextualData(task);
		this.relu = experiment.getArchitecture() instanceof ReluNetwork r ? r : null;
		this.reln = experiment.getArchitecture() instanceof RelnNetwork r ? r : null;
		metrics.add(new MetricDescriptor(LOSS, "loss", "1/2 ||Y - Yhat||^2 (SUM)"));
		if (relu != null) {
			for (int k = 1; k <= data.contexts; k++) {
				metrics.add(new MetricDescriptor("units." + k, "units active in " + k + " context" + (k > 1 ? "s" : ""),
						"significant hidden units active in exactly " + k + " of the " + data.contexts + " contexts (Jarvis et al. 2025)")
						.summarisedBy(Summary.FINAL)); // a count of units: its end is the specialisation reached
			}
		} else if (reln != null) {
			metrics.add(new MetricDescriptor(COMMON_LOSS, "common module's loss", "1/2 ||Y - out_common||^2, what the common module learns from"));
			for (RelnTrainer.Module module : modules()) {
				metrics.add(new MetricDescriptor("sv." + module.id(), "module " + module.label(),
						"largest singular value of the module's product W2 W1"));
			}
		} else {
			throw new ExperimentException(where + ": the ReLU-equivalent family needs a ReluNetwork or a RelnNetwork");
		}
		// a width whose matrices no Java array holds is refused by name, before the trainer makes them
		long cells = (long) width() * Math.max(data.samples, Math.max(data.inputs.numRows, data.targets.numRows));
		if (cells > Integer.MAX_VALUE) {
			throw new ExperimentException(where + ": " + widthName() + " " + width() + " makes matrices of " + cells
					+ " entries (" + width() + " units x " + data.samples + " datapoints, " + data.inputs.numRows
					+ " inputs, " + data.targets.numRows + " outputs), more than a Java array holds (2^31 - 1); make it smaller");
		}
	}

	/** The width of the hidden layer (ReLU) or of every module (ReLN). */
	int width() {
		return relu != null ? relu.getHiddenWidth() : reln.getModuleWidth();
	}

	/** The width's name as the form shows it: "hidden width" or "module width". */
	private String widthName() {
		return FieldNames.of(relu != null ? RelnPackage.Literals.RELU_NETWORK__HIDDEN_WIDTH
				: RelnPackage.Literals.RELN_NETWORK__MODULE_WIDTH);
	}

	/**
	 * The memory of a run: the weights with their gradients and updates and the activations of every layer for every
	 * datapoint with their errors, in doubles, as {@code ExperimentTraining.estimatedBytes} counts a gated network's;
	 * the ReLN has a common network and one module per proper subset of the contexts.
	 */
	long estimatedBytes() {
		int inputs = data.inputs.numRows;
		int outputs = data.targets.numRows;
		double width = width();
		double weights = width * (inputs + outputs);
		double activations = (inputs + width + outputs) * data.samples;
		if (reln != null) {
			int contextModules = modules().size() - 1;
			weights += contextModules * width * (ContextualData.OBJECTS + outputs);
			activations += (ContextualData.OBJECTS + contextModules * width + outputs) * data.samples;
		}
		return (long) Math.min(Long.MAX_VALUE, 8 * (3 * weights + 3 * activations));
	}

	/** The settings that size the run, for the message that refuses one too large for the heap. */
	String sizedBy() {
		return widthName() + " " + width() + " (" + (reln != null ? modules().size() + " modules, " : "") + data.samples
				+ " datapoints of " + data.inputs.numRows + " inputs and " + data.targets.numRows + " outputs)";
	}

	static RelnSetup of(Experiment experiment) throws ExperimentException {
		return new RelnSetup(experiment);
	}

	List<RelnTrainer.Module> modules() {
		List<RelnTrainer.Module> modules = new ArrayList<>();
		modules.add(new RelnTrainer.Module("common", "common (*)", List.of()));
		modules.addAll(RelnTrainer.contextModules(data.contexts));
		return modules;
	}

	double learningRate() {
		return experiment.getTraining().getLearningRate();
	}

	/** The trainer of the experiment's network at step 0. */
	Trainer trainer() throws ExperimentException {
		return relu != null ? reluTrainer() : relnTrainer();
	}

	ReluTrainer reluTrainer() throws ExperimentException {
		if (!(experiment.getInitialisation() instanceof SmallGaussianInitialisation gaussian)) {
			throw unsupported("a ReLU network starts from SmallGaussianInitialisation");
		}
		return new ReluTrainer(data, relu.getHiddenWidth(), gaussian.getScale(), learningRate(), experiment.getSeed());
	}

	/** The ReLN from small Gaussian weights, the common module at commonScaleRatio times the scale. */
	RelnTrainer relnTrainer() throws ExperimentException {
		if (!(experiment.getInitialisation() instanceof SmallGaussianInitialisation gaussian)) {
			throw unsupported("a ReLN starts from SmallGaussianInitialisation");
		}
		return new RelnTrainer(data, reln.getModuleWidth(), gaussian.getScale(), reln.getCommonScaleRatio(), learningRate(),
				experiment.getSeed());
	}

	private ExperimentException unsupported(String what) {
		Initialisation init = experiment.getInitialisation();
		return new ExperimentException("Experiment '" + experiment.getName() + "': " + what + ", not "
				+ (init == null ? "none" : init.eClass().getName()));
	}
}
