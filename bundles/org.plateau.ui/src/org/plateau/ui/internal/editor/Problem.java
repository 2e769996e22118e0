package org.plateau.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One error or warning of an experiment's validation, with the object and feature it is about (EMF validators
 * put them first in the diagnostic's data).
 *
 * @param severity {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}
 * @param message the validator's message (it names the field and the value)
 * @param object the object at fault, or {@code null}
 * @param feature the feature at fault, or {@code null}
 */
record Problem(int severity, String message, EObject object, EStructuralFeature feature) {

	/** The errors and warnings among the leaves of a diagnostic, in order. */
	static List<Problem> of(Diagnostic diagnostic) {
		List<Problem> problems = new ArrayList<>();
		if (diagnostic != null) {
			collect(diagnostic, problems);
		}
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (!diagnostic.getChildren().isEmpty()) {
			for (Diagnostic child : diagnostic.getChildren()) {
				collect(child, problems);
			}
			return;
		}
		if (diagnostic.getSeverity() < Diagnostic.WARNING) {
			return;
		}
		List<?> data = diagnostic.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
		int severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING;
		problems.add(new Problem(severity, diagnostic.getMessage(), object, feature));
	}

	/** Whether this is an error (rather than a warning). */
	boolean isError() {
		return severity == Diagnostic.ERROR;
	}
}
