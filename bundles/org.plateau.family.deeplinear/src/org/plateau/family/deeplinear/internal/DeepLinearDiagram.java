package org.plateau.family.deeplinear.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.family.deeplinear.internal.numerics.Dataset;
import org.plateau.family.deeplinear.internal.numerics.Tasks;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.HierarchyTask;
import org.plateau.family.deeplinear.model.RandomRegressionTask;
import org.plateau.family.deeplinear.model.ReversalLearningTask;
import org.plateau.family.deeplinear.model.SpectrumTask;
import org.plateau.family.deeplinear.model.TeacherStudentTask;
import org.plateau.model.Experiment;
import org.plateau.model.Task;

/**
 * The diagram of a deep linear network y = W_D ... W_1 x (Saxe et al. 2014): an input layer of the task's input
 * size, D-1 hidden layers of one shared width, and the output layer, joined by the D weight matrices. Adding or
 * removing a hidden layer changes the depth D; the hidden layers' width is the network's one hiddenWidth.
 */
final class DeepLinearDiagram implements NetworkDiagram {

	static final String INPUT = "in";
	static final String OUTPUT = "out";

	private final DeepLinearNetwork network;
	private final List<Layer> layers = new ArrayList<>();
	private final List<Connection> connections = new ArrayList<>();
	private final int inputSize;
	private final int outputSize;

	DeepLinearDiagram(Experiment experiment, DeepLinearNetwork network) {
		this.network = network;
		int[] sizes = taskSizes(experiment.getTask());
		inputSize = sizes[0];
		outputSize = sizes[1];
		int depth = Math.max(1, network.getDepth());
		layers.add(new Layer(INPUT, "input x", inputSize, Role.INPUT, 0, 0, false));
		for (int l = 1; l < depth; l++) {
			layers.add(new Layer(hidden(l), "hidden " + l, network.getHiddenWidth(), Role.HIDDEN, l, 0, true));
		}
		layers.add(new Layer(OUTPUT, "output ŷ", outputSize, Role.OUTPUT, depth, 0, false));
		for (int l = 1; l <= depth; l++) {
			connections.add(new Connection(layers.get(l - 1).id(), layers.get(l).id(), "W" + l, false, true));
		}
	}

	private static String hidden(int l) {
		return "h" + l;
	}

	/** Input and output sizes of a task; 0 where the task is not valid. */
	private static int[] taskSizes(Task task) {
		if (task instanceof ReversalLearningTask reversal) {
			return reversal.getTask() instanceof ReversalLearningTask ? new int[] { 0, 0 } : taskSizes(reversal.getTask());
		} else if (task instanceof SpectrumTask spectrum) {
			return new int[] { Math.max(0, spectrum.getInputDim()), Math.max(0, spectrum.getOutputDim()) };
		} else if (task instanceof RandomRegressionTask regression) {
			return new int[] { Math.max(0, regression.getInputDim()), Math.max(0, regression.getOutputDim()) };
		} else if (task instanceof TeacherStudentTask teacherStudent) {
			return new int[] { Math.max(0, teacherStudent.getInputDim()), 1 };
		} else if (task instanceof HierarchyTask hierarchy) {
			Dataset dataset = switch (hierarchy.getDataset()) {
				case FOUR_ITEMS -> Tasks.fourItemToy();
				case EIGHT_ITEM_TREE -> Tasks.binaryTree();
			};
			return new int[] { dataset.inputSize(), dataset.outputSize() };
		}
		return new int[] { 0, 0 };
	}

	@Override
	public List<Layer> layers() {
		return List.copyOf(layers);
	}

	@Override
	public List<Connection> connections() {
		return List.copyOf(connections);
	}

	@Override
	public String summary() {
		StringBuilder widths = new StringBuilder();
		for (Layer layer : layers) {
			if (widths.length() > 0) {
				widths.append(" → ");
			}
			widths.append(layer.width() == 0 ? "?" : Integer.toString(layer.width()));
		}
		int depth = network.getDepth();
		return widths + "  ·  depth D = " + depth + (depth == 1 ? " (shallow)" : "") + "  ·  linear, no biases";
	}

	private int index(String layerId) {
		for (int i = 0; i < layers.size(); i++) {
			if (layers.get(i).id().equals(layerId)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public Optional<Command> addHiddenLayer(EditingDomain domain, String afterLayerId) {
		int at = index(afterLayerId);
		if (at < 0 || OUTPUT.equals(afterLayerId)) {
			return Optional.empty();
		}
		int depth = network.getDepth();
		return Optional.of(labelled("Add hidden layer (depth " + depth + " → " + (depth + 1) + ")",
				SetCommand.create(domain, network, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__DEPTH, depth + 1)));
	}

	@Override
	public Optional<Command> removeLayer(EditingDomain domain, String layerId) {
		int at = index(layerId);
		if (at < 0 || layers.get(at).role() != Role.HIDDEN) {
			return Optional.empty();
		}
		int depth = network.getDepth();
		return Optional.of(labelled("Remove hidden layer (depth " + depth + " → " + (depth - 1) + ")",
				SetCommand.create(domain, network, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__DEPTH, depth - 1)));
	}

	@Override
	public Optional<Command> setWidth(EditingDomain domain, String layerId, int width) {
		int at = index(layerId);
		if (at < 0 || layers.get(at).role() != Role.HIDDEN || width < 1) {
			return Optional.empty();
		}
		return Optional.of(labelled("Set hidden width to " + width, SetCommand.create(domain, network,
				DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH, width)));
	}

	@Override
	public Optional<Command> toggleGate(EditingDomain domain, int connectionIndex) {
		return Optional.empty();
	}

	@Override
	public String whyNot(String edit, String target) {
		int at = index(target);
		Role role = at < 0 ? null : layers.get(at).role();
		return switch (edit) {
		case "addHiddenLayer" -> role == Role.OUTPUT
				? "Nothing comes after the output layer: select the input or a hidden layer to add a layer after it."
				: "Select a layer to add a hidden layer after it.";
		case "removeLayer" -> role == Role.INPUT || role == Role.OUTPUT
				? "The input and output layers are the task's; only hidden layers can be removed."
				: "Select a hidden layer to remove it.";
		case "setWidth" -> role == Role.INPUT || role == Role.OUTPUT
				? "The " + (role == Role.INPUT ? "input" : "output") + " width is set by the task ("
						+ (role == Role.INPUT ? inputSize : outputSize) + "); change the task to change it."
				: "The hidden width must be at least 1 (and at least the task's rank for every mode to be learnt).";
		case "toggleGate" -> "Deep linear networks have no gates; gated networks belong to the gated deep linear family.";
		default -> "This network does not support '" + edit + "'.";
		};
	}

	private static Command labelled(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}
}
