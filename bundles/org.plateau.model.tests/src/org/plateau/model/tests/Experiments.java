package org.plateau.model.tests;

import java.util.Date;

import org.plateau.family.deeplinear.model.DeepLinearFactory;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.HierarchyDataset;
import org.plateau.family.deeplinear.model.HierarchyTask;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;
import org.plateau.model.TheorySelection;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

/**
 * Experiments built for the tests.
 */
final class Experiments {
	private Experiments() {
	}

	/**
	 * A complete, valid experiment in which every feature of the experiment model has a non-default value: the
	 * eight-item hierarchy of Saxe et al. (PNAS 2019) learnt by a three-layer network.
	 */
	static Experiment semanticDevelopment() {
		PlateauFactory plateau = PlateauFactory.eINSTANCE;
		DeepLinearFactory deepLinear = DeepLinearFactory.eINSTANCE;

		Experiment experiment = plateau.createExperiment();
		experiment.setName("semantic-development");
		experiment.setNotes("Saxe, McClelland & Ganguli 2019, Fig. 3: progressive differentiation <&> \u00e9");
		experiment.setSeed(20190604L);

		HierarchyTask task = deepLinear.createHierarchyTask();
		task.setDataset(HierarchyDataset.EIGHT_ITEM_TREE);
		experiment.setTask(task);

		DeepLinearNetwork network = deepLinear.createDeepLinearNetwork();
		network.setDepth(3);
		network.setHiddenWidth(16);
		experiment.setArchitecture(network);

		AlignedBalancedInitialisation initialisation = plateau.createAlignedBalancedInitialisation();
		initialisation.setA0(1e-4);
		experiment.setInitialisation(initialisation);

		Training training = plateau.createTraining();
		training.setAlgorithm(TrainingAlgorithm.ONLINE_SGD);
		training.setLearningRate(0.05);
		training.setSteps(5000);
		training.setLossConvention(LossConvention.SUM);
		training.setRecordInterval(50);
		training.getSnapshotSteps().add(0L);
		training.getSnapshotSteps().add(100L);
		training.getSnapshotSteps().add(5000L);
		experiment.setTraining(training);

		TheorySelection theory = plateau.createTheorySelection();
		theory.setEnabled(false);
		theory.getPredictions().add("modeStrength");
		theory.getPredictions().add("loss");
		experiment.setTheory(theory);

		Run run = plateau.createRun();
		run.setId("run-001");
		run.setStarted(new Date(1_700_000_000_123L));
		run.setStatus(RunStatus.DIVERGED);
		run.setMessage("loss became NaN at step 1234");
		run.setStepsCompleted(1234);
		run.setWallTimeSeconds(12.5);
		run.setLocation("results/run-001");
		run.setMetricsFile("metrics.csv");
		run.setTheoryFile("theory.csv");
		run.setManifestFile("manifest.json");
		run.setSnapshotsFolder("snapshots");
		experiment.getRuns().add(run);
		experiment.getRuns().add(plateau.createRun());

		return experiment;
	}
}
