package org.plateau.core.family;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A network that is a graph the user builds by mouse (the gated deep linear networks of Saxe, Sodhani and Lewallen
 * 2022): layers are added from a palette, connected by weight matrices, gated, renamed, reordered within their
 * column and deleted on the drawing. As for every {@link NetworkDiagram} edit, each is an EMF {@link Command} the
 * editor executes on its command stack, and an edit the network does not allow returns {@link Optional#empty()}
 * while {@link #whyNot} says why; the edits here are named {@code addLayer}, {@code addModule}, {@code connect},
 * {@code removeConnection}, {@code moveLayer}, {@code gate}, {@code renameLayer} and {@code renameConnection}.
 * <p>
 * A network without this interface (a deep linear chain) keeps the simpler edits of {@link NetworkDiagram}.
 */
public interface NetworkGraph extends NetworkDiagram {

	/**
	 * A command that adds a layer with a fresh name and the usual width of its role, unconnected.
	 *
	 * @param role input, hidden or output
	 * @param beforeLayerId the layer of its column it is drawn above, or {@code null} for the bottom of the column
	 */
	Optional<Command> addLayer(EditingDomain domain, Role role, String beforeLayerId);

	/**
	 * A command that adds a module: a hidden layer with a weight matrix from every input layer and one to every output
	 * layer, a pathway of its own.
	 */
	Optional<Command> addModule(EditingDomain domain);

	/** A command that adds a weight matrix from one layer to another. */
	Optional<Command> connect(EditingDomain domain, String fromLayerId, String toLayerId);

	/** A command that removes a connection. */
	Optional<Command> removeConnection(EditingDomain domain, int connectionIndex);

	/** A command that draws a layer where another of its column is (the rows of a column are an order). */
	Optional<Command> moveLayer(EditingDomain domain, String layerId, String toLayerId);

	/** A command that makes the task switch a layer on and off per datapoint, if the family's task can. */
	Optional<Command> gate(EditingDomain domain, String layerId);

	/** A command that renames a layer (names are what tasks refer to). */
	Optional<Command> renameLayer(EditingDomain domain, String layerId, String name);

	/** A command that renames a connection. */
	Optional<Command> renameConnection(EditingDomain domain, int connectionIndex, String name);
}
