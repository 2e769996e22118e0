package org.plateau.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.welcome.WelcomeEditor;

/**
 * Opens the Plateau window on its perspective and restores the window, its views and its open editors as they were
 * when the workbench was last closed. Closing while runs train asks first; the runs stopped keep their partial
 * results.
 */
final class PlateauWorkbenchAdvisor extends WorkbenchAdvisor {

	/** How long closing waits for stopped runs to save what they computed. */
	private static final long SHUTDOWN_WAIT_MILLIS = 15_000;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlateauPerspective.ID;
	}

	@Override
	public void postStartup() {
		StartupProbe.started(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public boolean preShutdown() {
		RunManager runs = getWorkbenchConfigurer().getWorkbench().getService(RunManager.class);
		List<LiveRun> live = runs == null ? List.of() : runs.liveRuns();
		if (!live.isEmpty() && getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow() != null) {
			boolean stop = MessageDialog.openQuestion(
					getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(), "Runs in progress",
					live.size() + (live.size() == 1 ? " run is" : " runs are")
							+ " still training. Stop them and quit? Their partial results are kept.");
			if (!stop) {
				return false;
			}
		}
		if (runs != null) {
			runs.cancelAll();
			// let the stopped runs write their partial results (they need no UI thread) before the program ends
			Display display = Display.getCurrent();
			long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT_MILLIS;
			while (!runs.liveRuns().isEmpty() && System.currentTimeMillis() < deadline) {
				if (display == null || !display.readAndDispatch()) {
					try {
						Thread.sleep(20);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			}
		}
		return true;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1280, 860));
				window.setShowCoolBar(true);
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowPerspectiveBar(false);
				// a lab distribution names itself in its product (docs/labs.md)
				IProduct product = Platform.getProduct();
				window.setTitle(product != null && product.getName() != null ? product.getName()
						: "Plateau — learning dynamics workbench");
			}

			@Override
			public void postWindowOpen() {
				// -Dplateau.welcome=false keeps it closed (the UI tests, which open it themselves)
				if (!"false".equals(System.getProperty("plateau.welcome"))) {
					WelcomeEditor.openAtFirstLaunch(getWindowConfigurer().getWindow(), PlateauPreferences.instance());
				}
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
				return new PlateauActionBarAdvisor(bars);
			}
		};
	}

	/** File, Edit, Window and Help menus with the workbench's standard actions; Run comes from plugin.xml. */
	private static final class PlateauActionBarAdvisor extends ActionBarAdvisor {

		PlateauActionBarAdvisor(IActionBarConfigurer configurer) {
			super(configurer);
		}

		@Override
		protected void makeActions(IWorkbenchWindow window) {
			for (ActionFactory factory : List.of(ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL,
					ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.QUIT, ActionFactory.UNDO,
					ActionFactory.REDO, ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE,
					ActionFactory.ABOUT)) {
				register(factory.create(window));
			}
		}

		@Override
		protected void fillMenuBar(IMenuManager menuBar) {
			IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
			MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
			file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
			file.add(new Separator());
			file.add(getAction(ActionFactory.SAVE.getId()));
			file.add(getAction(ActionFactory.SAVE_AS.getId()));
			file.add(getAction(ActionFactory.SAVE_ALL.getId()));
			file.add(new Separator());
			file.add(getAction(ActionFactory.CLOSE.getId()));
			file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
			file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
			file.add(getAction(ActionFactory.QUIT.getId()));
			MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
			edit.add(getAction(ActionFactory.UNDO.getId()));
			edit.add(getAction(ActionFactory.REDO.getId()));
			edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
			MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
			MenuManager showView = new MenuManager("Show &View");
			showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
			windowMenu.add(showView);
			windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
			windowMenu.add(new Separator());
			windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
			MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
			// Help › Welcome (plugin.xml) comes first
			help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
			// p2's Check for Updates and Install New Software... (org.eclipse.equinox.p2.ui.sdk) come here
			help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
			help.add(new Separator());
			help.add(getAction(ActionFactory.ABOUT.getId()));
			menuBar.add(file);
			menuBar.add(edit);
			menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
			menuBar.add(windowMenu);
			menuBar.add(help);
		}
	}
}
