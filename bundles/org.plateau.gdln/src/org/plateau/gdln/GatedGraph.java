package org.plateau.gdln;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The architecture of a gated deep linear network (GDLN, Saxe, Sodhani &amp; Lewallen 2022, spec 2(a)): a directed
 * acyclic graph whose nodes are layers (input nodes take data, output nodes are compared with targets) and whose
 * edges carry weight matrices. A path runs from an input node to an output node; the network's output is the sum
 * over paths of the gated path maps. Immutable; made with {@link #builder()}.
 */
public final class GatedGraph {

	/** What a node is. */
	public enum Kind {
		/** Takes an input x_v. */
		INPUT,
		/** A hidden layer. */
		HIDDEN,
		/** Compared with a target y_v. */
		OUTPUT
	}

	/**
	 * A layer.
	 *
	 * @param index position in {@link GatedGraph#nodes()}
	 * @param name unique name, e.g. {@code in0} or {@code hidden}
	 * @param dim number of units
	 * @param kind input, hidden or output
	 */
	public record Node(int index, String name, int dim, Kind kind) {
	}

	/**
	 * A weight matrix W_e from its source layer to its target layer (target dim x source dim).
	 *
	 * @param index position in {@link GatedGraph#edges()}
	 * @param name unique name, e.g. {@code W_in0}
	 * @param source the layer it reads
	 * @param target the layer it writes
	 */
	public record Edge(int index, String name, Node source, Node target) {
	}

	/**
	 * A path from an input node to an output node, its edges in order from the input.
	 *
	 * @param index position in {@link GatedGraph#paths()}
	 * @param edges the edges, first from the input node
	 */
	public record Path(int index, List<Edge> edges) {

		public Path {
			edges = List.copyOf(edges);
		}

		/** The input node the path starts at. */
		public Node source() {
			return edges.get(0).source();
		}

		/** The output node the path ends at. */
		public Node target() {
			return edges.get(edges.size() - 1).target();
		}

		/** The position of an edge on the path, or -1. */
		public int position(Edge edge) {
			return edges.indexOf(edge);
		}

		/** The nodes on the path, from its input to its output. */
		public List<Node> nodes() {
			List<Node> nodes = new ArrayList<>();
			nodes.add(source());
			edges.forEach(edge -> nodes.add(edge.target()));
			return nodes;
		}

		/** {@code in0 → hidden → out2} */
		public String describe() {
			StringBuilder text = new StringBuilder(source().name());
			edges.forEach(edge -> text.append(" → ").append(edge.target().name()));
			return text.toString();
		}
	}

	private final List<Node> nodes;
	private final List<Edge> edges;
	private final List<Node> order;
	private final List<Path> paths;
	private final List<List<Edge>> into;
	private final List<List<Edge>> outOf;

	private GatedGraph(List<Node> nodes, List<Edge> edges) {
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		List<List<Edge>> in = new ArrayList<>();
		List<List<Edge>> out = new ArrayList<>();
		for (int v = 0; v < nodes.size(); v++) {
			in.add(new ArrayList<>());
			out.add(new ArrayList<>());
		}
		for (Edge edge : edges) {
			in.get(edge.target().index()).add(edge);
			out.get(edge.source().index()).add(edge);
		}
		this.into = in.stream().map(List::copyOf).toList();
		this.outOf = out.stream().map(List::copyOf).toList();
		this.order = topologicalOrder();
		List<Path> found = new ArrayList<>();
		for (Node node : this.nodes) {
			if (node.kind() == Kind.INPUT) {
				collectPaths(node, new ArrayDeque<>(), found);
			}
		}
		this.paths = List.copyOf(found);
	}

	/** A builder of a graph. */
	public static Builder builder() {
		return new Builder();
	}

	/** The layers, in the order they were added. */
	public List<Node> nodes() {
		return nodes;
	}

	/** The weight matrices, in the order they were added. */
	public List<Edge> edges() {
		return edges;
	}

	/** The layers in an order where every edge goes forward: inputs first. */
	public List<Node> order() {
		return order;
	}

	/** Every path from an input node to an output node. */
	public List<Path> paths() {
		return paths;
	}

	/** The edges into a node. */
	public List<Edge> into(Node node) {
		return into.get(node.index());
	}

	/** The edges out of a node. */
	public List<Edge> outOf(Node node) {
		return outOf.get(node.index());
	}

	/** The paths ending at an output node: T(v) of the spec. */
	public List<Path> pathsInto(Node output) {
		return paths.stream().filter(path -> path.target() == output).toList();
	}

	/** The paths through an edge. */
	public List<Path> pathsThrough(Edge edge) {
		return paths.stream().filter(path -> path.position(edge) >= 0).toList();
	}

	/** The node of a name. */
	public Node node(String name) {
		return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no node '" + name + "'; the nodes are " + names(nodes)));
	}

	/** The edge of a name. */
	public Edge edge(String name) {
		return edges.stream().filter(edge -> edge.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no edge '" + name + "'; the edges are "
						+ edges.stream().map(Edge::name).toList()));
	}

	/** The nodes of a kind. */
	public List<Node> nodes(Kind kind) {
		return nodes.stream().filter(node -> node.kind() == kind).toList();
	}

	private List<Node> topologicalOrder() {
		int[] remaining = new int[nodes.size()];
		Deque<Node> ready = new ArrayDeque<>();
		for (Node node : nodes) {
			remaining[node.index()] = into(node).size();
			if (remaining[node.index()] == 0) {
				ready.add(node);
			}
		}
		List<Node> sorted = new ArrayList<>();
		while (!ready.isEmpty()) {
			Node node = ready.poll();
			sorted.add(node);
			for (Edge edge : outOf(node)) {
				if (--remaining[edge.target().index()] == 0) {
					ready.add(edge.target());
				}
			}
		}
		if (sorted.size() < nodes.size()) {
			List<Node> cycle = new ArrayList<>(nodes);
			cycle.removeAll(sorted);
			throw new IllegalArgumentException("the graph has a cycle through " + names(cycle)
					+ "; a gated deep linear network is acyclic");
		}
		return List.copyOf(sorted);
	}

	private void collectPaths(Node node, Deque<Edge> prefix, List<Path> found) {
		if (node.kind() == Kind.OUTPUT && !prefix.isEmpty()) {
			found.add(new Path(found.size(), new ArrayList<>(prefix)));
		}
		for (Edge edge : outOf(node)) {
			prefix.addLast(edge);
			collectPaths(edge.target(), prefix, found);
			prefix.removeLast();
		}
	}

	private static List<String> names(List<Node> nodes) {
		return nodes.stream().map(Node::name).toList();
	}

	/** Adds nodes and edges, then checks the graph. */
	public static final class Builder {

		private final Map<String, Node> nodes = new LinkedHashMap<>();
		private final List<Edge> edges = new ArrayList<>();

		private Builder() {
		}

		/** Adds an input node. */
		public Builder input(String name, int dim) {
			return node(name, dim, Kind.INPUT);
		}

		/** Adds a hidden node. */
		public Builder hidden(String name, int dim) {
			return node(name, dim, Kind.HIDDEN);
		}

		/** Adds an output node. */
		public Builder output(String name, int dim) {
			return node(name, dim, Kind.OUTPUT);
		}

		private Builder node(String name, int dim, Kind kind) {
			Objects.requireNonNull(name, "name");
			if (nodes.containsKey(name)) {
				throw new IllegalArgumentException("two nodes are named '" + name + "'");
			}
			if (dim < 1) {
				throw new IllegalArgumentException("node '" + name + "': dim must be at least 1, was " + dim);
			}
			nodes.put(name, new Node(nodes.size(), name, dim, kind));
			return this;
		}

		/** Adds an edge (a weight matrix) from one node to another. */
		public Builder edge(String name, String from, String to) {
			if (edges.stream().anyMatch(edge -> edge.name().equals(name))) {
				throw new IllegalArgumentException("two edges are named '" + name + "'");
			}
			Node source = find(name, from);
			Node target = find(name, to);
			if (target.kind() == Kind.INPUT) {
				throw new IllegalArgumentException("edge '" + name + "' goes into the input node '" + to + "' (its kind is INPUT)");
			}
			if (source.kind() == Kind.OUTPUT) {
				throw new IllegalArgumentException("edge '" + name + "' leaves the output node '" + from + "' (its kind is OUTPUT)");
			}
			edges.add(new Edge(edges.size(), name, source, target));
			return this;
		}

		private Node find(String edge, String name) {
			Node node = nodes.get(name);
			if (node == null) {
				throw new IllegalArgumentException("edge '" + edge + "' names no node '" + name + "'; the nodes are "
						+ new ArrayList<>(nodes.keySet()));
			}
			return node;
		}

		private static String kinds(List<Node> nodes) {
			return nodes.stream().map(node -> node.name() + " " + node.kind()).collect(Collectors.joining(", "));
		}

		/**
		 * The graph.
		 *
		 * @throws IllegalArgumentException when it has a cycle, no path, or a node or edge on no path from an input
		 *         to an output
		 */
		public GatedGraph build() {
			GatedGraph graph = new GatedGraph(new ArrayList<>(nodes.values()), edges);
			if (graph.paths().isEmpty()) {
				throw new IllegalArgumentException("the graph has no path from an input node to an output node (the nodes' kinds: "
						+ kinds(graph.nodes()) + ")");
			}
			List<String> unused = new ArrayList<>();
			for (Edge edge : graph.edges()) {
				if (graph.pathsThrough(edge).isEmpty()) {
					unused.add("edge " + edge.name());
				}
			}
			for (Node node : graph.nodes()) {
				if (graph.paths().stream().noneMatch(path -> path.nodes().contains(node))) {
					unused.add("node " + node.name());
				}
			}
			if (!unused.isEmpty()) {
				throw new IllegalArgumentException(String.join(", ", unused)
						+ " on no path from an input node to an output node (the nodes' kinds: " + kinds(graph.nodes()) + ")");
			}
			return graph;
		}
	}

	@Override
	public String toString() {
		return "GatedGraph" + Collections.unmodifiableList(paths.stream().map(Path::describe).toList());
	}
}
