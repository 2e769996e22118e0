package org.plateau.gdln.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plateau.core.family.NetworkGraph;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.GdlnFactory;
import org.plateau.gdln.model.GdlnPackage;
import org.plateau.gdln.model.NodeKind;

/**
 * The diagram of a gated network (Saxe, Sodhani and Lewallen 2022), the graph the user builds by mouse: its layers in
 * columns by their depth from the inputs (the longest chain of edges that reaches them; an unconnected hidden layer
 * in the first hidden column, every output in the last), stacked in rows in the order of the architecture's nodes,
 * and its weight matrices; the connections the task switches per datapoint are drawn gated, as the family's
 * {@link Gating} says. Every edit is an EMF command on the architecture (or, for a gate, on the family's task).
 */
public final class GatedDiagram implements NetworkGraph {

	/** What gates a family's task puts on a gated network, and whether the user can move them. */
	public interface Gating {

		/** Whether the task switches an edge per datapoint. */
		boolean gated(GatedEdge edge);

		/** A command that makes the task gate a node, if it can (by default it cannot). */
		default Optional<Command> gate(EditingDomain domain, GatedNode node) {
			return Optional.empty();
		}

		/** Why the task cannot gate a node, for the user. */
		String whyNoGate(GatedNode node);

		/**
		 * A command that keeps the task's references to a node when it is renamed (the task names the node it gates),
		 * if there are any; it runs with the rename, as one command.
		 */
		default Optional<Command> renamed(EditingDomain domain, GatedNode node, String name) {
			return Optional.empty();
		}
	}

	/** The width of a new hidden layer when the network has none to copy. */
	static final int DEFAULT_HIDDEN_WIDTH = 16;

	private final GatedArchitecture architecture;
	private final Gating gating;
	private final List<Layer> layers = new ArrayList<>();
	private final List<Connection> connections = new ArrayList<>();
	/** The edge of each connection (edges lacking an end are not drawn). */
	private final List<GatedEdge> drawnEdges = new ArrayList<>();
	private final Map<GatedNode, Integer> columns = new HashMap<>();

	/**
	 * A diagram whose gates the task decides alone.
	 *
	 * @param architecture the network
	 * @param gated which weight matrices the task switches per datapoint
	 */
	public GatedDiagram(GatedArchitecture architecture, Predicate<GatedEdge> gated) {
		this(architecture, new Gating() {
			@Override
			public boolean gated(GatedEdge edge) {
				return gated.test(edge);
			}

			@Override
			public String whyNoGate(GatedNode node) {
				return "The task decides which pathways are on for each datapoint (its gate pattern)";
			}
		});
	}

	/**
	 * @param architecture the network
	 * @param gating the task's gates
	 */
	public GatedDiagram(GatedArchitecture architecture, Gating gating) {
		this.architecture = architecture;
		this.gating = gating;
		Map<GatedNode, Integer> depth = new HashMap<>();
		Set<GatedNode> fed = new HashSet<>();
		for (GatedEdge edge : architecture.getEdges()) {
			if (edge.getSource() != null) {
				fed.add(edge.getTarget());
			}
		}
		int last = 1;
		for (GatedNode node : architecture.getNodes()) {
			int column = depth(node, depth, 0);
			if (node.getKind() == NodeKind.HIDDEN && !fed.contains(node)) {
				column = 1; // not connected yet: where hidden layers start
			}
			if (node.getKind() != NodeKind.OUTPUT) {
				last = Math.max(last, column + 1);
			}
			columns.put(node, column);
		}
		for (GatedNode node : architecture.getNodes()) {
			if (node.getKind() == NodeKind.OUTPUT) {
				columns.put(node, Math.max(last, columns.get(node)));
			}
		}
		Map<Integer, Integer> rows = new HashMap<>();
		for (GatedNode node : architecture.getNodes()) {
			int column = columns.get(node);
			int row = rows.merge(column, 1, Integer::sum) - 1;
			Role role = switch (node.getKind()) {
				case INPUT -> Role.INPUT;
				case OUTPUT -> Role.OUTPUT;
				case HIDDEN -> Role.HIDDEN;
			};
			layers.add(new Layer(id(node), node.getName(), Math.max(0, node.getDim()), role, column, row,
					node.getKind() == NodeKind.HIDDEN));
		}
		for (GatedEdge edge : architecture.getEdges()) {
			if (edge.getSource() != null && edge.getTarget() != null && architecture.getNodes().contains(edge.getSource())
					&& architecture.getNodes().contains(edge.getTarget())) {
				connections.add(new Connection(id(edge.getSource()), id(edge.getTarget()), edge.getName(), gating.gated(edge), true));
				drawnEdges.add(edge);
			}
		}
	}

	/** The depth of a node: the longest chain of edges from an input to it (a cycle stops the count). */
	private int depth(GatedNode node, Map<GatedNode, Integer> depth, int guard) {
		Integer known = depth.get(node);
		if (known != null) {
			return known;
		}
		int deepest = 0;
		if (guard < architecture.getNodes().size()) {
			for (GatedEdge edge : architecture.getEdges()) {
				if (edge.getTarget() == node && edge.getSource() != null) {
					deepest = Math.max(deepest, depth(edge.getSource(), depth, guard + 1) + 1);
				}
			}
		}
		depth.put(node, deepest);
		return deepest;
	}

	private String id(GatedNode node) {
		return "n" + architecture.getNodes().indexOf(node);
	}

	private GatedNode node(String id) {
		try {
			return id == null ? null : architecture.getNodes().get(Integer.parseInt(id.substring(1)));
		} catch (RuntimeException e) {
			return null;
		}
	}

	private GatedEdge edge(int connectionIndex) {
		return connectionIndex >= 0 && connectionIndex < drawnEdges.size() ? drawnEdges.get(connectionIndex) : null;
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
		long gatedCount = connections.stream().filter(Connection::gated).count();
		return architecture.getNodes().size() + " layers, " + architecture.getEdges().size() + " weight matrices, " + gatedCount
				+ " gated";
	}

	@Override
	public Optional<String> layerOf(Object element) {
		return element instanceof GatedNode node && node.eContainer() == architecture ? Optional.of(id(node)) : Optional.empty();
	}

	@Override
	public int connectionOf(Object element) {
		return element instanceof GatedEdge edge ? drawnEdges.indexOf(edge) : -1;
	}

	// --- edits

	@Override
	public Optional<Command> addHiddenLayer(EditingDomain domain, String afterLayerId) {
		return Optional.empty();
	}

	@Override
	public Optional<Command> addLayer(EditingDomain domain, Role role, String beforeLayerId) {
		NodeKind kind = switch (role) {
			case INPUT -> NodeKind.INPUT;
			case HIDDEN -> NodeKind.HIDDEN;
			case OUTPUT -> NodeKind.OUTPUT;
		};
		GatedNode node = newNode(kind, Set.of());
		GatedNode before = node(beforeLayerId);
		int index = before == null ? architecture.getNodes().size() : architecture.getNodes().indexOf(before);
		Command add = AddCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__NODES, node, index);
		return Optional.of(labelled(add, "Add " + role.name().toLowerCase() + " layer " + node.getName()));
	}

	@Override
	public Optional<Command> addModule(EditingDomain domain) {
		List<GatedNode> inputs = architecture.getNodes().stream().filter(n -> n.getKind() == NodeKind.INPUT).toList();
		List<GatedNode> outputs = architecture.getNodes().stream().filter(n -> n.getKind() == NodeKind.OUTPUT).toList();
		if (inputs.isEmpty() || outputs.isEmpty()) {
			return Optional.empty();
		}
		GatedNode hidden = newNode(NodeKind.HIDDEN, Set.of());
		CompoundCommand module = new CompoundCommand("Add module " + hidden.getName());
		module.append(AddCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__NODES, hidden));
		Set<String> taken = new HashSet<>();
		for (GatedNode input : inputs) {
			module.append(AddCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES,
					newEdge(input, hidden, taken)));
		}
		for (GatedNode output : outputs) {
			module.append(AddCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES,
					newEdge(hidden, output, taken)));
		}
		return Optional.of(module);
	}

	@Override
	public Optional<Command> connect(EditingDomain domain, String fromLayerId, String toLayerId) {
		GatedNode from = node(fromLayerId);
		GatedNode to = node(toLayerId);
		if (connectProblem(from, to) != null) {
			return Optional.empty();
		}
		GatedEdge edge = newEdge(from, to, new HashSet<>());
		Command add = AddCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES, edge);
		return Optional.of(labelled(add, "Connect " + from.getName() + " → " + to.getName()));
	}

	/** Why no weight matrix may go from one node to another, or {@code null} when it may. */
	private String connectProblem(GatedNode from, GatedNode to) {
		if (from == null || to == null) {
			return "Drag from one layer to another to connect them";
		}
		if (from == to) {
			return "A weight matrix connects two different layers";
		}
		if (from.getKind() == NodeKind.OUTPUT) {
			return "No weight matrix leaves the output layer '" + from.getName() + "': an output layer ends every path";
		}
		if (to.getKind() == NodeKind.INPUT) {
			return "No weight matrix enters the input layer '" + to.getName() + "': an input layer starts every path";
		}
		for (GatedEdge edge : architecture.getEdges()) {
			if (edge.getSource() == from && edge.getTarget() == to) {
				return "'" + from.getName() + "' and '" + to.getName() + "' are connected already, by " + edge.getName();
			}
		}
		if (reaches(to, from)) {
			return "A weight matrix from '" + from.getName() + "' to '" + to.getName() + "' would make a cycle: '"
					+ to.getName() + "' already feeds '" + from.getName() + "', and a gated deep linear network is acyclic";
		}
		return null;
	}

	/** Whether a chain of edges leads from one node to another. */
	private boolean reaches(GatedNode from, GatedNode to) {
		Set<GatedNode> seen = new HashSet<>();
		List<GatedNode> frontier = new ArrayList<>(List.of(from));
		while (!frontier.isEmpty()) {
			GatedNode node = frontier.remove(frontier.size() - 1);
			if (node == to) {
				return true;
			}
			if (seen.add(node)) {
				for (GatedEdge edge : architecture.getEdges()) {
					if (edge.getSource() == node && edge.getTarget() != null) {
						frontier.add(edge.getTarget());
					}
				}
			}
		}
		return false;
	}

	@Override
	public Optional<Command> removeLayer(EditingDomain domain, String layerId) {
		GatedNode node = node(layerId);
		if (node == null) {
			return Optional.empty();
		}
		CompoundCommand remove = new CompoundCommand("Delete layer " + node.getName());
		List<GatedEdge> touching = architecture.getEdges().stream()
				.filter(edge -> edge.getSource() == node || edge.getTarget() == node).toList();
		if (!touching.isEmpty()) {
			remove.append(RemoveCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES, touching));
		}
		remove.append(RemoveCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__NODES, node));
		return Optional.of(remove);
	}

	@Override
	public Optional<Command> removeConnection(EditingDomain domain, int connectionIndex) {
		GatedEdge edge = edge(connectionIndex);
		return edge == null ? Optional.empty()
				: Optional.of(labelled(RemoveCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES, edge),
						"Delete weight matrix " + edge.getName()));
	}

	@Override
	public Optional<Command> moveLayer(EditingDomain domain, String layerId, String toLayerId) {
		GatedNode node = node(layerId);
		GatedNode to = node(toLayerId);
		if (node == null || to == null || node == to || !columns.get(node).equals(columns.get(to))) {
			return Optional.empty();
		}
		Command move = MoveCommand.create(domain, architecture, GdlnPackage.Literals.GATED_ARCHITECTURE__NODES, node,
				architecture.getNodes().indexOf(to));
		return Optional.of(labelled(move, "Move layer " + node.getName()));
	}

	@Override
	public Optional<Command> setWidth(EditingDomain domain, String layerId, int width) {
		GatedNode node = node(layerId);
		if (node == null || node.getKind() != NodeKind.HIDDEN || width < 1) {
			return Optional.empty();
		}
		return Optional.of(SetCommand.create(domain, node, GdlnPackage.Literals.GATED_NODE__DIM, width));
	}

	@Override
	public Optional<Command> toggleGate(EditingDomain domain, int connectionIndex) {
		return Optional.empty();
	}

	@Override
	public Optional<Command> gate(EditingDomain domain, String layerId) {
		GatedNode node = node(layerId);
		return node == null ? Optional.empty() : gating.gate(domain, node);
	}

	@Override
	public Optional<Command> renameLayer(EditingDomain domain, String layerId, String name) {
		GatedNode node = node(layerId);
		String stripped = name == null ? "" : name.strip();
		if (node == null || stripped.isEmpty() || stripped.equals(node.getName())
				|| architecture.getNodes().stream().anyMatch(other -> stripped.equals(other.getName()))) {
			return Optional.empty();
		}
		CompoundCommand rename = new CompoundCommand("Rename layer " + node.getName() + " to " + stripped);
		// the task's references first, while they still name the node as it was
		gating.renamed(domain, node, stripped).ifPresent(rename::append);
		rename.append(SetCommand.create(domain, node, GdlnPackage.Literals.GATED_NODE__NAME, stripped));
		return Optional.of(rename);
	}

	@Override
	public Optional<Command> renameConnection(EditingDomain domain, int connectionIndex, String name) {
		GatedEdge edge = edge(connectionIndex);
		String stripped = name == null ? "" : name.strip();
		if (edge == null || stripped.isEmpty() || stripped.equals(edge.getName())
				|| architecture.getEdges().stream().anyMatch(other -> stripped.equals(other.getName()))) {
			return Optional.empty();
		}
		return Optional.of(SetCommand.create(domain, edge, GdlnPackage.Literals.GATED_EDGE__NAME, stripped));
	}

	@Override
	public String whyNot(String edit, String target) {
		return switch (edit) {
			case "setWidth" -> "Only hidden layers can be resized here, to at least one unit: the task fixes the input "
					+ "and output sizes";
			case "toggleGate", "gate" -> {
				GatedNode node = node(target);
				yield node == null ? "Select a layer to gate" : gating.whyNoGate(node);
			}
			case "connect" -> {
				String[] ends = target == null ? new String[0] : target.split("->", 2);
				String problem = ends.length == 2 ? connectProblem(node(ends[0]), node(ends[1])) : null;
				yield problem == null ? "Drag from one layer to another to connect them" : problem;
			}
			case "addModule" -> "A module runs from the input layers to the output layers: add an input and an output "
					+ "layer first";
			case "moveLayer" -> "A layer moves up or down its own column: its column is its depth from the inputs, set "
					+ "by its connections";
			case "renameLayer", "renameConnection" -> "A name must be unique within the network and not blank; tasks "
					+ "refer to layers by name";
			case "addHiddenLayer" -> "Add a layer from the palette and connect it by dragging from layer to layer";
			default -> "This network does not allow that edit";
		};
	}

	// --- new elements

	/** A node of a kind, named and sized like its kind's others (h1, h2, ...; the width of the first of its kind). */
	private GatedNode newNode(NodeKind kind, Set<String> taken) {
		String stem = switch (kind) {
			case INPUT -> "x";
			case HIDDEN -> "h";
			case OUTPUT -> "y";
		};
		int width = architecture.getNodes().stream().filter(n -> n.getKind() == kind && n.getDim() > 0)
				.mapToInt(GatedNode::getDim).findFirst().orElse(kind == NodeKind.HIDDEN ? DEFAULT_HIDDEN_WIDTH
						: architecture.getNodes().stream().filter(n -> n.getKind() != NodeKind.HIDDEN && n.getDim() > 0)
								.mapToInt(GatedNode::getDim).findFirst().orElse(DEFAULT_HIDDEN_WIDTH));
		String name = kind == NodeKind.HIDDEN ? stem + 1 : stem;
		for (int k = 2; nodeNamed(name) || taken.contains(name); k++) {
			name = stem + k;
		}
		GatedNode node = GdlnFactory.eINSTANCE.createGatedNode();
		node.setName(name);
		node.setKind(kind);
		node.setDim(width);
		return node;
	}

	private boolean nodeNamed(String name) {
		return architecture.getNodes().stream().anyMatch(node -> name.equals(node.getName()));
	}

	private boolean edgeNamed(String name) {
		return architecture.getEdges().stream().anyMatch(edge -> name.equals(edge.getName()));
	}

	/** A weight matrix named W_source_target (made unique). */
	private GatedEdge newEdge(GatedNode from, GatedNode to, Set<String> taken) {
		String stem = "W_" + from.getName() + "_" + to.getName();
		String name = stem;
		for (int k = 2; taken.contains(name) || edgeNamed(name); k++) {
			name = stem + "_" + k;
		}
		taken.add(name);
		GatedEdge edge = GdlnFactory.eINSTANCE.createGatedEdge();
		edge.setName(name);
		edge.setSource(from);
		edge.setTarget(to);
		return edge;
	}

	private static Command labelled(Command command, String label) {
		CompoundCommand named = new CompoundCommand(label);
		named.append(command);
		return named;
	}
}
