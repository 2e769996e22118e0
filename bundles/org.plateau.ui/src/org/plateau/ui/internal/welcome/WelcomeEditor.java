package org.plateau.ui.internal.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.internal.FamilyExamples;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The welcome page, in the editor area: what Plateau does in two sentences, then the example gallery, family by
 * family: each example with a thumbnail of its main figure (shipped with the family, {@code examples/thumbnails/},
 * made by {@code releng/gallery/make-thumbnails.sh}), its title and the paper and figure it reproduces, and one
 * click to copy it into the workspace, open it and run it. It opens at the first launch (maximized) and from Help ›
 * Welcome.
 */
public final class WelcomeEditor extends EditorPart {

	public static final String ID = "org.plateau.ui.welcome";

	/** The width of a thumbnail, in pixels, as {@code make-thumbnails.sh} writes it. */
	static final int THUMBNAIL_WIDTH = 360;

	/** The command that runs the active editor's experiment. */
	private static final String RUN_COMMAND = "org.plateau.ui.commands.run";

	/** The welcome page's input: one page, nothing to save. */
	public static final class Input implements IEditorInput {

		public static final Input INSTANCE = new Input();

		private Input() {
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public org.eclipse.jface.resource.ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return "Welcome";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Welcome to Plateau: the example gallery";
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}

	/** One example of the gallery, for tests: the example, its family, and its card's buttons. */
	public record Card(ModelFamily family, ExampleExperiment example, boolean hasThumbnail, Button open, Button openAndRun) {
	}

	private ResourceManager resources;
	private ScrolledComposite scroll;
	private Composite page;
	private Label intro;
	private int margin;
	private int columns = 3;
	private int laidOutWidth = -1;
	private final List<Composite> galleries = new ArrayList<>();
	private final List<Card> cards = new ArrayList<>();
	/** The thumbnails shown, disposed with the page. */
	private final List<Image> thumbnails = new ArrayList<>();

	/**
	 * At the first launch in a workspace, the welcome page fills the window (maximized) with the example gallery; an
	 * example opened from it brings the layout back.
	 *
	 * @return whether it opened (not when it was shown before in this workspace)
	 */
	public static boolean openAtFirstLaunch(IWorkbenchWindow window, PlateauPreferences preferences) {
		if (preferences.store().getBoolean(PlateauPreferences.WELCOME_SHOWN) || window.getActivePage() == null) {
			return false;
		}
		preferences.store().setValue(PlateauPreferences.WELCOME_SHOWN, true);
		if (preferences.store() instanceof IPersistentPreferenceStore persistent) {
			try {
				persistent.save();
			} catch (IOException e) {
				// shown again at the next launch: nothing is lost
			}
		}
		IWorkbenchPage page = window.getActivePage();
		return Contributions.call(window, "Opening the welcome page", () -> {
			try {
				WelcomeEditor welcome = open(page);
				page.setPartState(page.getReference(welcome), IWorkbenchPage.STATE_MAXIMIZED);
				return true;
			} catch (PartInitException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}, false);
	}

	/** Opens the welcome page (or brings it to the front). */
	public static WelcomeEditor open(IWorkbenchPage page) throws PartInitException {
		return (WelcomeEditor) page.openEditor(Input.INSTANCE, ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite page = new Composite(scroll, SWT.NONE);
		page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		page.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 18;
		layout.verticalSpacing = 8;
		page.setLayout(layout);

		Font title = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(20)
				.setStyle(SWT.BOLD));
		Font heading = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(14)
				.setStyle(SWT.BOLD));
		Font bold = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
		Label welcome = new Label(page, SWT.NONE);
		welcome.setFont(title);
		welcome.setText("Welcome to Plateau");
		intro = new Label(page, SWT.WRAP);
		intro.setText("Plateau runs a network's training and the paper's exact theory side by side: the theory is drawn "
				+ "ahead of the simulation as it trains. Pick an example below: it is copied into your workspace, opened "
				+ "in the editor and run, and its curves appear in the Plots view. Change a setting and run again "
				+ "(Ctrl+R) to compare; the Runs view lists every run.");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Label loading = new Label(page, SWT.NONE);
		loading.setText("Reading the installed families' examples…");
		scroll.setContent(page);
		this.scroll = scroll;
		this.page = page;
		this.margin = layout.marginWidth;
		// as many cards in a row as the page is wide; the page is laid out again only when that number changes (a
		// layout of sixty cards of wrapped text takes a while)
		scroll.addListener(SWT.Resize, e -> relayout(false));

		// the examples are read (every file parsed, every thumbnail decoded) off the UI thread, and their cards added a
		// few at a time, so that the window is usable at once
		RunManager runs = PlatformUI.getWorkbench().getService(RunManager.class);
		FamilyRegistry registry = runs.registry();
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		org.eclipse.core.runtime.jobs.Job read = org.eclipse.core.runtime.jobs.Job.create("Reading the example gallery",
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> {
					List<Entry> entries = new ArrayList<>();
					for (Map.Entry<ModelFamily, List<ExampleExperiment>> family : FamilyExamples.of(registry, true)
							.entrySet()) {
						String name = FamilyExamples.name(registry, family.getKey());
						for (ExampleExperiment example : family.getValue()) {
							entries.add(new Entry(family.getKey(), name, example, thumbnailData(example)));
						}
					}
					display.asyncExec(() -> {
						if (!page.isDisposed()) {
							loading.dispose();
							addCards(entries, 0, heading, bold);
						}
					});
					return org.eclipse.core.runtime.Status.OK_STATUS;
				});
		read.setSystem(true);
		read.schedule();
	}

	/** An example to show: its family, and its thumbnail decoded (null when it has none). */
	private record Entry(ModelFamily family, String familyName, ExampleExperiment example, ImageData thumbnail) {
	}

	/** Cards in chunks of six, each chunk posted after the last, so that other events come in between. */
	private void addCards(List<Entry> entries, int from, Font heading, Font bold) {
		if (page.isDisposed()) {
			return;
		}
		if (entries.isEmpty()) {
			new Label(page, SWT.WRAP).setText("No model family is installed: there are no examples to show.");
		}
		int to = Math.min(entries.size(), from + 6);
		for (int i = from; i < to; i++) {
			Entry entry = entries.get(i);
			if (i == 0 || entries.get(i - 1).family() != entry.family()) {
				Label name = new Label(page, SWT.NONE);
				name.setFont(heading);
				name.setText(entry.familyName());
				GridData spaced = new GridData(SWT.FILL, SWT.TOP, true, false);
				spaced.verticalIndent = 12;
				name.setLayoutData(spaced);
				Composite gallery = new Composite(page, SWT.NONE);
				GridLayout grid = new GridLayout(Math.max(1, columns), true);
				grid.horizontalSpacing = 16;
				grid.verticalSpacing = 16;
				gallery.setLayout(grid);
				gallery.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				galleries.add(gallery);
			}
			cards.add(card(galleries.get(galleries.size() - 1), entry, bold));
		}
		relayout(true);
		if (to < entries.size()) {
			page.getDisplay().asyncExec(() -> addCards(entries, to, heading, bold));
		}
	}

	/** Lays the page out for its width: when the number of cards in a row changed, or {@code always}. */
	private void relayout(boolean always) {
		if (page == null || page.isDisposed()) {
			return;
		}
		int width = scroll.getClientArea().width;
		int fitting = Math.max(1, (width - 2 * margin) / (THUMBNAIL_WIDTH + 40));
		if (!always && fitting == columns && width == laidOutWidth) {
			return;
		}
		columns = fitting;
		laidOutWidth = width;
		for (Composite gallery : galleries) {
			((GridLayout) gallery.getLayout()).numColumns = columns;
		}
		intro.setLayoutData(widthHint(width - 2 * margin));
		page.layout(true, true);
		scroll.setMinSize(page.computeSize(width, SWT.DEFAULT));
	}

	private static GridData widthHint(int width) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = Math.max(200, width);
		return data;
	}

	/** One example: thumbnail, title, what it reproduces, and its two buttons. */
	private Card card(Composite gallery, Entry entry, Font bold) {
		ModelFamily family = entry.family();
		ExampleExperiment example = entry.example();
		Composite card = new Composite(gallery, SWT.BORDER);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 8;
		card.setLayout(layout);
		card.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Image thumbnail = entry.thumbnail() == null ? null : new Image(gallery.getDisplay(), entry.thumbnail());
		if (thumbnail != null) {
			thumbnails.add(thumbnail);
		}
		Label picture = new Label(card, SWT.CENTER);
		GridData pictureData = new GridData(SWT.CENTER, SWT.TOP, true, false, 2, 1);
		pictureData.widthHint = THUMBNAIL_WIDTH;
		pictureData.heightHint = thumbnail == null ? 60 : thumbnail.getBounds().height;
		picture.setLayoutData(pictureData);
		boolean sweep = example.fileName().endsWith("." + PlateauResources.SWEEP_FILE_EXTENSION);
		if (thumbnail != null) {
			picture.setImage(thumbnail);
			picture.setCursor(picture.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			picture.setToolTipText("Open and run " + example.fileName());
			picture.addListener(SWT.MouseUp, e -> openAndRun(example));
		} else {
			picture.setText(sweep ? "a sweep: its figures are drawn when it has run" : "(no preview)");
		}
		Label title = new Label(card, SWT.WRAP);
		title.setFont(bold);
		title.setText(example.title() == null || example.title().isBlank() ? example.name() : example.title());
		title.setLayoutData(hinted(2));
		Label description = new Label(card, SWT.WRAP);
		// the notes without their first line, which is the title
		String notes = example.description() == null ? "" : example.description().strip();
		if (notes.startsWith(title.getText())) {
			notes = notes.substring(title.getText().length()).strip();
		}
		description.setText(notes);
		description.setLayoutData(hinted(2));
		Label file = new Label(card, SWT.NONE);
		file.setText(example.fileName());
		file.setForeground(card.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Button open = new Button(card, SWT.PUSH);
		open.setText("Open");
		open.setToolTipText("Copy it into your workspace and open it in its editor");
		open.addListener(SWT.Selection, e -> openCopy(example));
		Button openAndRun = new Button(card, SWT.PUSH);
		openAndRun.setText(sweep ? "Open and run the sweep" : "Open and run");
		openAndRun.addListener(SWT.Selection, e -> openAndRun(example));
		return new Card(family, example, thumbnail != null, open, openAndRun);
	}

	private static GridData hinted(int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = THUMBNAIL_WIDTH;
		return data;
	}

	/** The example's thumbnail, from {@code thumbnails/<name>.png} beside it, decoded; {@code null} when it has none. */
	private static ImageData thumbnailData(ExampleExperiment example) {
		try {
			URL url = new URL(example.location(), "thumbnails/" + example.name() + ".png");
			try (InputStream in = url.openStream()) {
				ImageData data = new ImageData(in);
				return data.width > THUMBNAIL_WIDTH ? data.scaledTo(THUMBNAIL_WIDTH, data.height * THUMBNAIL_WIDTH / data.width)
						: data;
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Copies the example into the workspace and opens it; the layout comes back from the maximized welcome. */
	private Path openCopy(ExampleExperiment example) {
		IWorkbenchPage page = getSite().getPage();
		page.setPartState(page.getReference(this), IWorkbenchPage.STATE_RESTORED);
		return FamilyExamples.openCopy(page, example);
	}

	/** Copies the example, opens it and runs it: its curves appear in the Plots view. */
	public void openAndRun(ExampleExperiment example) {
		if (openCopy(example) == null) {
			return;
		}
		IHandlerService handlers = getSite().getWorkbenchWindow().getService(IHandlerService.class);
		Contributions.run(example, "Running the example " + example.fileName(), () -> {
			try {
				handlers.executeCommand(RUN_COMMAND, null);
			} catch (Exception e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
	}

	/** The gallery's cards so far (they are added a few at a time once the examples are read), for tests. */
	public List<Card> cards() {
		return List.copyOf(cards);
	}

	@Override
	public void dispose() {
		for (Image image : thumbnails) {
			if (!image.isDisposed()) {
				image.dispose();
			}
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		if (!cards.isEmpty() && !cards.get(0).openAndRun().isDisposed()) {
			cards.get(0).openAndRun().setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
