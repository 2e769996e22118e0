package org.plateau.core.run;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.model.Experiment;

/**
 * An experiment validated once, its family found once and its translation made once ({@link ExperimentRunner#prepare}):
 * what a run, a sweep point or a theory curve starts from.
 *
 * @param experiment the experiment, valid
 * @param family the family that handles it
 * @param prepared the family's translation of it
 */
public record PreparedRun(Experiment experiment, ModelFamily family, PreparedExperiment prepared) {
}
