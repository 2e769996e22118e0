package org.plateau.core.run;

import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;

/**
 * The values of one theory prediction at the steps the simulation recorded.
 *
 * @param prediction the prediction evaluated
 * @param table its metrics, same steps as the simulation's table
 * @param matrices its matrices at the simulation's snapshot steps
 */
public record TheoryResult(TheoryPrediction prediction, ResultsTable table, MatrixSnapshots matrices) {
}
