package org.plateau.family.reln.internal;


import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.gdln.GatedNetwork;
import org.plateau.gdln.family.ExperimentTraining;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * ReLN pathways written as a GDLN (Jarvis et al. 2025, spec 3(d), 5): a {@link GatedArchitecture} on the contextual
 * task, trained jointly on the SUM loss. The input node is {@code objects} (the object one-hot) or {@code x} (object
 * and context); the output node {@code y}; a hidden node named {@code h_<contexts>}, e.g. {@code h_12}, is on for the
 * datapoints of those contexts, any other hidden node always. A pathway on the objects alone has
 * Sigma_x(p) = |S_p| I, so Sigma_x(p) and Sigma_yx(p) share right singular vectors and, isolated and from aligned
 * weights, each of its modes follows the sigmoid tau da/dt = 2a(s - d a): the race reduction predicts it exactly.
 */
final class PathwaySetup extends ExperimentTraining {

	static final String LOSS = "loss";

	final ContextualData contextual;
	final GatedGraph graph;
	private final GatedDataset data;

	PathwaySetup(Experiment experiment) throws ExperimentException {
		super(experiment);
		String where = "Experiment '" + experiment.getName() + "'";
		contextual = new ContextualData((ContextualTask) experiment.getTask());
		graph = GatedArchitectures.graph((GatedArchitecture) experiment.getArchitecture(), where);
		data = new GatedDataset(graph, contextual.samples, LossConvention.SUM);
		for (Node input : graph.nodes(Kind.INPUT)) {
			DMatrixRMaj x = switch (input.name()) {
				case "objects" -> contextual.objects;
				case "x" -> contextual.inputs;
				default -> throw new ExperimentException(where + ": input node '" + input.name() + "' is neither 'objects' ("
						+ ContextualData.OBJECTS + " units) nor 'x' (" + contextual.inputs.numRows + ")");
			};
			if (x.numRows != input.dim()) {
				throw new ExperimentException(where + ": input node '" + input.name() + "' must have dim " + x.numRows + ", has dim " + input.dim());
			}
			data.input(input, x);
		}
		for (Node output : graph.nodes(Kind.OUTPUT)) {
			if (!output.name().equals("y") || output.dim() != contextual.targets.numRows) {
				throw new ExperimentException(where + ": the output node must be 'y' of dim " + contextual.targets.numRows
						+ ", is '" + output.name() + "' of dim " + output.dim());
			}
			data.target(output, contextual.targets);
		}
		for (Node hidden : graph.nodes(Kind.HIDDEN)) {
			if (hidden.name().matches("h_\\d+")) {
				double[] gate = new double[contextual.samples];
				String contexts = hidden.name().substring(2);
				for (int mu = 0; mu < contextual.samples; mu++) {
					gate[mu] = contexts.indexOf(Character.forDigit(contextual.context(mu) + 1, 10)) >= 0 ? 1 : 0;
				}
				data.gate(hidden, gate);
			}
		}
		metrics.add(new MetricDescriptor(LOSS, "loss", "1/2 ||Y - Yhat||^2 (SUM)"));
		for (Path path : graph.paths()) {
			String node = path.nodes().get(1).name();
			metrics.add(new MetricDescriptor("sv." + node, "pathway " + path.describe(), "largest singular value of the pathway's map"));
		}
	}

	@Override
	public GatedDataset data() {
		return data;
	}

	@Override
	public GatedNetwork initialNetwork() throws ExperimentException {
		return alignedOrGaussian("pathways start from AlignedBalancedInitialisation or SmallGaussianInitialisation");
	}

	@Override
	public void measure(GatedNetwork network, double[] into) {
		network.forward();
		int k = 0;
		into[k++] = network.loss();
		for (Path path : graph.paths()) {
			double top = 0;
			for (double value : SingularOps_DDRM.singularValues(network.pathMap(path))) {
				top = Math.max(top, value);
			}
			into[k++] = top;
		}
	}
}
