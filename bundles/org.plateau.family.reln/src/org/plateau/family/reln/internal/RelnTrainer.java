package org.plateau.family.reln.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.plateau.core.family.Trainer;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedNetwork;
import org.plateau.model.LossConvention;

/**
 * The rectified linear network of the contextual task (Jarvis et al. 2025, spec 3(a), code gdln.py), two GDLNs on
 * the engine: the common module (objects and context, 2 layers, on for every datapoint) learns from its own loss
 * 1/2 ||Y - out_common||²; the context modules (objects only, one per proper subset S of the contexts, on for the
 * datapoints of S, their outputs summed) learn the residual, 1/2 ||out_context - (Y - out_common)||². The total
 * loss is 1/2 ||Y - out_common - out_context||². A step allocates nothing (the residual is copied into the context
 * network's targets).
 */
final class RelnTrainer implements Trainer {

	/** A module: its name in the paper (common, a .. f for three contexts) and its contexts (empty: common). */
	record Module(String id, String label, List<Integer> contexts) {
	}

	final ContextualData data;
	final List<Module> modules = new ArrayList<>();
	final GatedNetwork common;
	final GatedNetwork context;
	private final double learningRate;
	private final DMatrixRMaj residual;
	private final Node contextOutput;
	private final Node commonOutput;

	RelnTrainer(ContextualData data, int width, double scale, double commonRatio, double learningRate, long seed) {
		this.data = data;
		this.learningRate = learningRate;
		int outputs = data.targets.numRows;
		GatedGraph commonGraph = GatedGraph.builder().input("x", data.inputs.numRows).hidden("h", width).output("y", outputs)
				.edge("W1", "x", "h").edge("W2", "h", "y").build();
		common = new GatedNetwork(new GatedDataset(commonGraph, data.samples, LossConvention.SUM)
				.input(commonGraph.node("x"), data.inputs).target(commonGraph.node("y"), data.targets));
		commonOutput = commonGraph.node("y");
		modules.add(new Module("common", "common (*)", List.of()));
		modules.addAll(contextModules(data.contexts));
		GatedGraph.Builder builder = GatedGraph.builder().input("objects", ContextualData.OBJECTS).output("y", outputs);
		for (Module module : modules.subList(1, modules.size())) {
			builder.hidden("h_" + module.id(), width).edge("W1_" + module.id(), "objects", "h_" + module.id())
					.edge("W2_" + module.id(), "h_" + module.id(), "y");
		}
		GatedGraph contextGraph = builder.build();
		GatedDataset contextData = new GatedDataset(contextGraph, data.samples, LossConvention.SUM)
				.input(contextGraph.node("objects"), data.objects);
		for (Module module : modules.subList(1, modules.size())) {
			double[] gate = new double[data.samples];
			for (int mu = 0; mu < data.samples; mu++) {
				gate[mu] = module.contexts().contains(data.context(mu) + 1) ? 1 : 0;
			}
			contextData.gate(contextGraph.node("h_" + module.id()), gate);
		}
		context = new GatedNetwork(contextData);
		contextOutput = contextGraph.node("y");
		residual = new DMatrixRMaj(outputs, data.samples);
		Random random = new Random(seed);
		for (Edge edge : commonGraph.edges()) {
			common.setWeight(edge, RandomMatrices_DDRM.rectangleGaussian(edge.target().dim(), edge.source().dim(), 0,
					scale * commonRatio, random));
		}
		for (Edge edge : contextGraph.edges()) {
			context.setWeight(edge, RandomMatrices_DDRM.rectangleGaussian(edge.target().dim(), edge.source().dim(), 0, scale, random));
		}
	}

	/** Every proper non-empty subset of the contexts, by size: for three contexts a {1}, b {2}, c {3}, d {1,2}, e {2,3}, f {1,3}. */
	static List<Module> contextModules(int contexts) {
		List<List<Integer>> subsets = new ArrayList<>();
		for (int size = 1; size < contexts; size++) {
			for (int mask = 1; mask < (1 << contexts); mask++) {
				if (Integer.bitCount(mask) == size) {
					List<Integer> subset = new ArrayList<>();
					for (int c = 0; c < contexts; c++) {
						if ((mask & (1 << c)) != 0) {
							subset.add(c + 1);
						}
					}
					subsets.add(subset);
				}
			}
		}
		if (contexts == 3) {
			// the paper's order and names: a, b, c single; d {1,2}, e {2,3}, f {1,3}
			subsets = List.of(List.of(1), List.of(2), List.of(3), List.of(1, 2), List.of(2, 3), List.of(1, 3));
		}
		List<Module> modules = new ArrayList<>();
		String letters = "abcdef";
		for (int i = 0; i < subsets.size(); i++) {
			List<Integer> subset = subsets.get(i);
			String id = subset.stream().map(String::valueOf).reduce("", String::concat);
			String label = (contexts == 3 ? letters.charAt(i) + " " : "") + subset.toString().replace('[', '{').replace(']', '}');
			modules.add(new Module(id, label, subset));
		}
		return modules;
	}

	/** The residual Y - out_common, copied into the context network's targets. */
	private void updateResidual() {
		common.forward();
		CommonOps_DDRM.subtract(data.targets, common.activation(commonOutput), residual);
		context.data().target(contextOutput, residual);
	}

	@Override
	public boolean step() {
		updateResidual();
		// the context network's loss on the residual is the ReLN's whole loss
		double loss = context.step(learningRate);
		common.step(learningRate);
		return Double.isFinite(loss);
	}

	@Override
	public void measure(double[] into) {
		updateResidual();
		context.forward();
		int k = 0;
		into[k++] = context.loss();
		into[k++] = common.loss();
		for (Module module : modules) {
			into[k++] = topSingularValue(module);
		}
	}

	/** The largest singular value of a module's product W2_m W1_m. */
	double topSingularValue(Module module) {
		GatedNetwork network = module.contexts().isEmpty() ? common : context;
		GatedGraph graph = network.data().graph();
		String node = module.contexts().isEmpty() ? "h" : "h_" + module.id();
		GatedGraph.Path path = graph.paths().stream().filter(p -> p.nodes().contains(graph.node(node))).findFirst().orElseThrow();
		double[] values = SingularOps_DDRM.singularValues(network.pathMap(path));
		double top = 0;
		for (double value : values) {
			top = Math.max(top, value);
		}
		return top;
	}

	@Override
	public boolean isFinite() {
		return common.isFinite() && context.isFinite();
	}
}
