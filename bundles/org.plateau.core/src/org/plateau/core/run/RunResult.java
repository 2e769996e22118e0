package org.plateau.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.model.Experiment;

/**
 * Everything one run of an experiment produced: the simulated records, the theory evaluated at the same steps,
 * and how the simulation ended. Partial when the run was cancelled or diverged.
 *
 * @param experiment the experiment run
 * @param family the family that ran it
 * @param started when the run started
 * @param wallTimeSeconds wall-clock time of simulation and theory
 * @param outcome how the simulation ended
 * @param metrics descriptors of the simulation's metrics
 * @param matrices descriptors of the simulation's matrices
 * @param simulation the simulated metrics
 * @param snapshots the simulated matrix snapshots
 * @param theory one result per theory prediction
 * @param plots the family's standard plots for this experiment
 * @param warnings what the user should know about the run (a theory that was refused or failed), one sentence each
 * @param numerics how the simulation computed ({@link PreparedExperiment#numerics()}), for the manifest
 */
public record RunResult(Experiment experiment, ModelFamily family, Instant started, double wallTimeSeconds,
		SimulationOutcome outcome, List<MetricDescriptor> metrics, List<MatrixDescriptor> matrices,
		ResultsTable simulation, MatrixSnapshots snapshots, List<TheoryResult> theory, List<PlotDescriptor> plots,
		List<String> warnings, Map<String, String> numerics) {

	/** A result without statements on its numerics (a run read back from an old folder, a test). */
	public RunResult(Experiment experiment, ModelFamily family, Instant started, double wallTimeSeconds,
			SimulationOutcome outcome, List<MetricDescriptor> metrics, List<MatrixDescriptor> matrices,
			ResultsTable simulation, MatrixSnapshots snapshots, List<TheoryResult> theory, List<PlotDescriptor> plots,
			List<String> warnings) {
		this(experiment, family, started, wallTimeSeconds, outcome, metrics, matrices, simulation, snapshots, theory,
				plots, warnings, Map.of());
	}

	/** The label of a metric as the family describes it (e.g. {@code "a1 (s=3.873)"}), else its id. */
	public String metricLabel(String id) {
		if (metrics != null) {
			for (MetricDescriptor metric : metrics) {
				if (metric.id().equals(id)) {
					return metric.label();
				}
			}
		}
		return id;
	}

	/** The family's plots of one kind, in the family's order (none when the run has no plots). */
	public List<PlotDescriptor> plotsOfKind(String kind) {
		return plots == null ? List.of() : plots.stream().filter(p -> p.kind().equals(kind)).toList();
	}
}
