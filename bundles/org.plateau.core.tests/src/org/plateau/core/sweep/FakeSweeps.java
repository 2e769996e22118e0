package org.plateau.core.sweep;

import java.nio.file.Path;
import java.util.List;

import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/** Sweeps of the kit's fake family, saved as files as a user's are, for core's own sweep tests. */
final class FakeSweeps {

	private FakeSweeps() {
	}

	/**
	 * A sweep of the fake family's experiment over the learning rate, saved with its base in a folder.
	 *
	 * @param rates the values of {@code training.learningRate}, one point each
	 */
	static SweepPlan learningRates(Path folder, String... rates) throws Exception {
		return learningRates(folder, 1, rates);
	}

	/**
	 * The same with each point run {@code repetitions} times (seeds 3, 4, ...).
	 */
	static SweepPlan learningRates(Path folder, int repetitions, String... rates) throws Exception {
		Path base = folder.resolve("relax.plateau");
		PlateauResources.save(FakeFamily.experiment("relax", 2.0), base);
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("relax-rates");
		sweep.setBase(PlateauResources.load(base));
		sweep.setRepetitions(repetitions);
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath("training.learningRate");
		axis.getValues().addAll(List.of(rates));
		sweep.getAxes().add(axis);
		Path file = folder.resolve("relax-rates.sweep");
		PlateauResources.saveSweep(sweep, file);
		return SweepPlan.of(PlateauResources.loadSweep(file));
	}
}
