package org.plateau.gdln.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.NodeKind;
import org.plateau.gdln.model.GdlnPackage;

/**
 * The diagram of a gated network: its layers in columns by their depth from the inputs (the longest chain of edges
 * that reaches them), stacked in rows, and its weight matrices; the connections the task switches per datapoint are
 * drawn gated (as the family says). Hidden widths are editable here; the graph itself is edited on the Model page.
 */
public final class GatedDiagram implements NetworkDiagram {

	private final GatedArchitecture architecture;
	private final List<Layer> layers = new ArrayList<>();
	private final List<Connection> connections = new ArrayList<>();

	/**
	 * @param architecture the network
	 * @param gated which weight matrices the task switches per datapoint
	 */
	public GatedDiagram(GatedArchitecture architecture, Predicate<GatedEdge> gated) {
		this.architecture = architecture;
		Map<GatedNode, Integer> depth = new HashMap<>();
		for (GatedNode node : architecture.getNodes()) {
			depth(node, depth, 0);
		}
		Map<Integer, Integer> rows = new HashMap<>();
		for (GatedNode node : architecture.getNodes()) {
			int column = depth.getOrDefault(node, 0);
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
			if (edge.getSource() != null && edge.getTarget() != null) {
				connections.add(new Connection(id(edge.getSource()), id(edge.getTarget()), edge.getName(), gated.test(edge), true));
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
			return architecture.getNodes().get(Integer.parseInt(id.substring(1)));
		} catch (RuntimeException e) {
			return null;
		}
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
	public Optional<Command> addHiddenLayer(EditingDomain domain, String afterLayerId) {
		return Optional.empty();
	}

	@Override
	public Optional<Command> removeLayer(EditingDomain domain, String layerId) {
		return Optional.empty();
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
	public String whyNot(String edit, String target) {
		return switch (edit) {
			case "setWidth" -> "Only hidden layers can be resized here, to at least one unit: the task fixes the input "
					+ "and output sizes";
			case "toggleGate" -> "The task decides which pathways are on for each datapoint (its gate pattern)";
			default -> "Nodes and edges of a gated network are added and removed on the Model page (nodes, edges)";
		};
	}
}
