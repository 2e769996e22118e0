package org.plateau.ui.internal.prefs;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Plateau: where results go, how many runs train at once, the plot theme. */
public final class PlateauPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PlateauPreferencePage() {
		super(GRID);
		setDescription("Runs write their results (CSV, manifest, figures) into <output folder>/<experiment>/<time>/. "
				+ "Leave the folder empty for the workspace's 'runs' folder.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PlateauPreferences.instance().store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(PlateauPreferences.OUTPUT_FOLDER, "&Output folder:", getFieldEditorParent()) {
			{
				setEmptyStringAllowed(true);
			}
		});
		IntegerFieldEditor parallel = new IntegerFieldEditor(PlateauPreferences.PARALLEL_RUNS,
				"&Runs training at once (the others queue):", getFieldEditorParent());
		parallel.setValidRange(1, Math.max(8, Runtime.getRuntime().availableProcessors()));
		addField(parallel);
		addField(new ComboFieldEditor(PlateauPreferences.PLOT_THEME, "Plot &theme:",
				new String[][] { { "Light", "LIGHT" }, { "Dark", "DARK" }, { "Print (black on white, no grid)", "PRINT" } },
				getFieldEditorParent()));
	}
}
