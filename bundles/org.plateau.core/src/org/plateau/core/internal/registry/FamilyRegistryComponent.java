package org.plateau.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyProblem;
import org.plateau.core.registry.FamilyRegistry;

/**
 * Declarative Services implementation of {@link FamilyRegistry}: families arrive and leave through a dynamic,
 * multiple reference (see {@code OSGI-INF/org.plateau.core.familyRegistry.xml}). Every call into a family goes through
 * {@link #ask}, the one place that guards them.
 */
public class FamilyRegistryComponent implements FamilyRegistry {

	/** One family and one of its calls: a failure is reported once for each. */
	private record Call(ModelFamily family, String call) {
	}

	/** A family with the id it gave. */
	private record Identified(String id, ModelFamily family) {
	}

	private final List<ModelFamily> families = new CopyOnWriteArrayList<>();
	private final Set<Call> reported = ConcurrentHashMap.newKeySet();
	private final List<Reported> problems = new CopyOnWriteArrayList<>();
	private final List<Consumer<FamilyProblem>> listeners = new CopyOnWriteArrayList<>();

	/** A problem with the family it came from, so that it goes when the family goes. */
	private record Reported(ModelFamily family, FamilyProblem problem) {
	}

	/** DS bind method. */
	public void addFamily(ModelFamily family) {
		families.add(family);
	}

	/** DS unbind method. */
	public void removeFamily(ModelFamily family) {
		families.remove(family);
		reported.removeIf(call -> call.family() == family);
		problems.removeIf(problem -> problem.family() == family);
	}

	@Override
	public List<ModelFamily> families() {
		List<Identified> identified = new ArrayList<>();
		for (ModelFamily family : families) {
			// a family without an id cannot be sorted, named or chosen: left out, and said
			ask(family, "id()", ModelFamily::id).ifPresent(id -> identified.add(new Identified(id, family)));
		}
		identified.sort(Comparator.comparing(Identified::id));
		return identified.stream().map(Identified::family).toList();
	}

	@Override
	public <T> Optional<T> ask(ModelFamily family, String call, Function<? super ModelFamily, ? extends T> question) {
		try {
			T answer = question.apply(family);
			if (answer == null && "id()".equals(call)) {
				report(family, call, new IllegalStateException("it has no id"));
			}
			return Optional.ofNullable(answer);
		} catch (RuntimeException | LinkageError | AssertionError e) {
			// the family is skipped for this call; the others go on. VirtualMachineErrors are the caller's boundary's.
			report(family, call, e);
			return Optional.empty();
		}
	}

	private void report(ModelFamily family, String call, Throwable failure) {
		if (!reported.add(new Call(family, call))) {
			return;
		}
		FamilyProblem problem = new FamilyProblem(idOf(family), Contributors.bundleOf(family), call,
				Contributors.reason(failure), failure);
		synchronized (listeners) {
			problems.add(new Reported(family, problem));
			for (Consumer<FamilyProblem> listener : listeners) {
				tell(listener, problem);
			}
		}
	}

	/** The family's id, or "without an id" when even that fails (its bundle names it). */
	private static String idOf(ModelFamily family) {
		try {
			String id = family.id();
			if (id != null && !id.isBlank()) {
				return id;
			}
		} catch (RuntimeException | LinkageError | AssertionError e) {
			// reported as the family's problem with id() when families() asks for it
		}
		return "without an id";
	}

	@Override
	public List<FamilyProblem> problems() {
		return problems.stream().map(Reported::problem).toList();
	}

	@Override
	public void addProblemListener(Consumer<FamilyProblem> listener) {
		synchronized (listeners) {
			// the problems so far, then the new ones: none is missed, none told twice
			for (Reported reported : problems) {
				tell(listener, reported.problem());
			}
			listeners.add(listener);
		}
	}

	@Override
	public void removeProblemListener(Consumer<FamilyProblem> listener) {
		listeners.remove(listener);
	}

	private static void tell(Consumer<FamilyProblem> listener, FamilyProblem problem) {
		try {
			listener.accept(problem);
		} catch (RuntimeException e) {
			// a listener (a log, a view being closed) that fails does not keep the family's caller from going on
		}
	}
}
