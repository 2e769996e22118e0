package org.plateau.core.family;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A family's network as the workbench draws it on an experiment's architecture page: layers placed on a grid of
 * columns (depth, input on the left) and rows (parallel pathways), the weight matrices connecting them, and the gates
 * on those connections. Declared as data by the family, so that one painter draws every family's network; the
 * family also says how each graphical edit changes its experiment, as an EMF {@link Command} that the editor executes
 * on its command stack (undo, redo and dirty state come with it).
 * <p>
 * An edit the network does not allow returns {@link Optional#empty()}; {@link #whyNot} then says why, in a sentence
 * for the user.
 */
public interface NetworkDiagram {

	/** What a layer is in the network. */
	enum Role {
		/** The input layer (its width is the task's input dimension). */
		INPUT,
		/** A hidden layer. */
		HIDDEN,
		/** The output layer (its width is the task's output dimension). */
		OUTPUT
	}

	/**
	 * A layer of units.
	 *
	 * @param id stable within the diagram, e.g. {@code h1}
	 * @param label shown under the layer, e.g. {@code "hidden 1"}
	 * @param width number of units; 0 when unknown (the task is not valid yet)
	 * @param role input, hidden or output
	 * @param column position from the input (0) to the output
	 * @param row pathway, 0 for a network with one pathway
	 * @param widthEditable whether {@link #setWidth} applies to this layer
	 */
	record Layer(String id, String label, int width, Role role, int column, int row, boolean widthEditable) {
		public Layer {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(role, "role");
			label = label == null ? id : label;
		}
	}

	/**
	 * A weight matrix from one layer to another, possibly gated.
	 *
	 * @param from id of the source layer
	 * @param to id of the target layer
	 * @param label e.g. {@code "W1"}
	 * @param gated whether a gate sits on this connection
	 * @param open for a gated connection, whether its gate is open
	 */
	record Connection(String from, String to, String label, boolean gated, boolean open) {
		public Connection {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			label = label == null ? "" : label;
		}
	}

	/**
	 * The network as it is at one moment of a run, for the diagram to draw live: how large each connection's weights
	 * have grown (in a deep linear network from small weights, the norms stay near zero through the plateau and jump
	 * at the transition; in a gated network, the norms show which pathways won the race).
	 *
	 * @param weightNorms the Frobenius norm of each connection's weight matrix, in the order of {@link #connections()}
	 * @param gatesOpen for each connection, the fraction of the datapoints on which its gate is open (the product of
	 *        its own gate and those of its two layers is not zero), in the same order; empty when the network has no
	 *        gates
	 */
	record State(double[] weightNorms, double[] gatesOpen) {
		public State {
			weightNorms = weightNorms.clone();
			gatesOpen = gatesOpen == null ? new double[0] : gatesOpen.clone();
		}

		/** The weight norms of a network without gates. */
		public State(double[] weightNorms) {
			this(weightNorms, null);
		}
	}

	/**
	 * Which layer of this diagram a model element is (for the validation marks on the drawing).
	 *
	 * @param element e.g. the object a validation diagnostic is about
	 * @return the layer's id, or empty when the element is no layer of this network
	 */
	default Optional<String> layerOf(Object element) {
		return Optional.empty();
	}

	/**
	 * Which connection of this diagram a model element is (for the validation marks on the drawing).
	 *
	 * @return the connection's index, or -1 when the element is no connection of this network
	 */
	default int connectionOf(Object element) {
		return -1;
	}

	/** The layers, input first. */
	List<Layer> layers();

	/** The connections. */
	List<Connection> connections();

	/** A one-line summary of the network for the page header, e.g. {@code "4 → 16 → 7, depth 2"}. */
	String summary();

	/** A command that inserts a hidden layer after the layer with the given id, if the network allows it. */
	Optional<Command> addHiddenLayer(EditingDomain domain, String afterLayerId);

	/** A command that removes a hidden layer, if the network allows it. */
	Optional<Command> removeLayer(EditingDomain domain, String layerId);

	/** A command that sets the width of a layer, if the network allows it. */
	Optional<Command> setWidth(EditingDomain domain, String layerId, int width);

	/** A command that opens a closed gate or closes an open one, if the connection is gated and editable. */
	Optional<Command> toggleGate(EditingDomain domain, int connectionIndex);

	/**
	 * Why an edit is not possible, for the user.
	 *
	 * @param edit one of {@code addHiddenLayer}, {@code removeLayer}, {@code setWidth}, {@code toggleGate}
	 * @param target the layer id or the connection index
	 */
	String whyNot(String edit, String target);
}
