package org.plateau.core.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.model.Experiment;

/**
 * A broken family, for the tests of the code that calls into families (the registry, the runner, the workbench),
 * which must report it by its bundle ({@code org.plateau.core.testkit}) and go on with the others: the calls it is
 * given throw what the given supplier makes (a {@link RuntimeException}, or an {@link Error} such as the
 * {@link NoClassDefFoundError} of a half-installed bundle). The other calls answer as an empty family would: it
 * handles nothing, ships no example, prepares nothing.
 */
public class ThrowingFamily implements ModelFamily {

	/** The calls a {@link ThrowingFamily} can break. */
	public enum Call {
		ID, NAME, DESCRIPTION, HANDLES, EXAMPLES, EXAMPLE_SWEEPS, PREPARE, DIAGRAM
	}

	private final String id;
	private final Set<Call> broken;
	private final Supplier<? extends Throwable> failure;

	/**
	 * @param id the family's id (families are asked in the order of their ids)
	 * @param failure makes what a broken call throws; must be unchecked
	 * @param broken the calls that throw
	 */
	public ThrowingFamily(String id, Supplier<? extends Throwable> failure, Call... broken) {
		this.id = id;
		this.failure = failure;
		this.broken = broken.length == 0 ? EnumSet.noneOf(Call.class) : EnumSet.of(broken[0], broken);
	}

	/** A family whose {@code handles()} throws an {@link IllegalStateException} with the given message. */
	public static ThrowingFamily inHandles(String id, String message) {
		return new ThrowingFamily(id, () -> new IllegalStateException(message), Call.HANDLES);
	}

	private void fail(Call call) {
		if (!broken.contains(call)) {
			return;
		}
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		throw new IllegalArgumentException("ThrowingFamily throws unchecked throwables only, not " + thrown);
	}

	@Override
	public String id() {
		fail(Call.ID);
		return id;
	}

	@Override
	public String name() {
		fail(Call.NAME);
		return "Throwing family " + id;
	}

	@Override
	public String description() {
		fail(Call.DESCRIPTION);
		return "A family that throws, for tests.";
	}

	@Override
	public boolean handles(Experiment experiment) {
		fail(Call.HANDLES);
		return false;
	}

	@Override
	public List<ExampleExperiment> examples() {
		fail(Call.EXAMPLES);
		return List.of();
	}

	@Override
	public List<ExampleExperiment> exampleSweeps() {
		fail(Call.EXAMPLE_SWEEPS);
		return List.of();
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) {
		fail(Call.PREPARE);
		throw new UnsupportedOperationException("the throwing family prepares nothing");
	}

	@Override
	public Optional<NetworkDiagram> diagram(Experiment experiment) {
		fail(Call.DIAGRAM);
		return Optional.empty();
	}
}
