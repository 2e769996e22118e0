package org.plateau.ui.internal.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.NetworkDiagram.Connection;
import org.plateau.core.family.NetworkDiagram.Layer;
import org.plateau.core.family.NetworkDiagram.Role;

/**
 * Draws any family's network from its {@link NetworkDiagram}: the one painter of networks in the workbench, so that a
 * family describes its network as data and gets it drawn. Layers sit on a grid of columns (input on the left) and
 * rows (pathways), each a column of units in a rounded box with its width above and its label below; the weight
 * matrices are bands between the boxes, labelled, with a gate symbol (filled when open, hollow and the band greyed
 * and dashed when closed) on gated connections. A click selects a layer or a connection, a double-click opens a
 * layer. Where the network is a graph the user builds ({@link Gesture}), dragging a layer up or down its column moves
 * it, dragging from one layer to another (or clicking one, then the other) connects them, and a click on the canvas
 * places what the page's palette holds. Validation marks sit on the layers and connections they are about, and a
 * run's state shows each connection's weight norm and the share of the datapoints on which its gate is open.
 */
public final class NetworkDiagramCanvas extends Canvas {

	/** Units drawn per layer before an ellipsis stands for the rest. */
	private static final int MAX_UNITS = 10;
	private static final int MARGIN = 16;
	private static final int PADDING = 7;
	private static final int GATE_RADIUS = 7;
	private static final int HIT_TOLERANCE = 6;

	private static final Color INPUT_FILL = new Color(222, 235, 250);
	private static final Color INPUT_LINE = new Color(40, 105, 175);
	private static final Color HIDDEN_FILL = new Color(226, 244, 226);
	private static final Color HIDDEN_LINE = new Color(45, 135, 65);
	private static final Color OUTPUT_FILL = new Color(252, 233, 216);
	private static final Color OUTPUT_LINE = new Color(195, 95, 35);
	private static final Color CONNECTION = new Color(90, 90, 110);
	private static final Color CLOSED = new Color(170, 170, 170);
	private static final Color SELECTION = new Color(255, 150, 0);
	private static final Color TEXT = new Color(40, 40, 40);
	private static final Color CAPTION = new Color(90, 90, 90);
	private static final Color PROBLEM = new Color(200, 30, 30);
	/** How far the mouse moves with the button down before a press is a drag, in pixels. */
	private static final int DRAG_THRESHOLD = 4;

	/** What the left mouse button does on the drawing. */
	public enum Gesture {
		/** A click selects; dragging a layer up or down its column moves it (when move listeners are there). */
		SELECT,
		/** Dragging from one layer to another, or clicking one and then the other, connects them. */
		CONNECT,
		/** A click tells the place listeners where (the page adds what its palette holds). */
		PLACE
	}

	private NetworkDiagram diagram;
	/** The weights of a run, drawn live on the connections; {@code null} when no run of the experiment is shown. */
	private NetworkDiagram.State liveState;
	private String liveCaption = "";
	private String selectedLayer;
	private Integer selectedConnection;
	/** Layer boxes in canvas coordinates, computed from the client area; {@code null} when stale. */
	private Map<String, Box> boxes;
	private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<String>> openListeners = new CopyOnWriteArrayList<>();
	private final List<BiConsumer<String, String>> connectListeners = new CopyOnWriteArrayList<>();
	private final List<BiConsumer<String, String>> moveListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Point>> placeListeners = new CopyOnWriteArrayList<>();
	private Gesture gesture = Gesture.SELECT;
	/** The layer the left button went down on, where it went down, where it is now and whether it moved enough. */
	private String pressedLayer;
	private Point pressedAt;
	private Point dragAt;
	private boolean dragging;
	/** CONNECT by two clicks: the layer clicked first. */
	private String connectFrom;
	/** Validation problems of layers (by id) and connections (by index), drawn as marks. */
	private Map<String, String> layerProblems = Map.of();
	private Map<Integer, String> connectionProblems = Map.of();

	/** Where a layer is drawn: its box and how its units fit in it. */
	private record Box(Layer layer, Rectangle bounds, int units, boolean ellipsis, int diameter, int pitch) {
	}

	/** What is under a point: a layer id or a connection index (or neither). */
	private record Hit(String layerId, Integer connection) {
	}

	public NetworkDiagramCanvas(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.Resize, event -> {
			boxes = null;
			redraw();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		// take part in keyboard traversal so that the page's Delete / Insert keys reach the canvas
		addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		addListener(SWT.FocusIn, event -> redraw());
		addListener(SWT.FocusOut, event -> redraw());
	}

	/** Sets what the left mouse button does; any drag or first click of a connection under way is dropped. */
	public void setGesture(Gesture gesture) {
		checkWidget();
		this.gesture = Objects.requireNonNull(gesture);
		connectFrom = null;
		pressedLayer = null;
		dragging = false;
		setCursor(getDisplay().getSystemCursor(gesture == Gesture.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
		redraw();
	}

	/** What the left mouse button does. */
	public Gesture gesture() {
		return gesture;
	}

	/**
	 * Marks the layers and connections a validation problem is about; the tool tip gives the problem.
	 *
	 * @param layers problem by layer id
	 * @param connections problem by connection index
	 */
	public void setProblems(Map<String, String> layers, Map<Integer, String> connections) {
		checkWidget();
		layerProblems = Map.copyOf(layers);
		connectionProblems = Map.copyOf(connections);
		redraw();
	}

	/** The problem marked on a layer, or {@code null}. */
	public String layerProblem(String layerId) {
		return layerProblems.get(layerId);
	}

	/** The problem marked on a connection, or {@code null}. */
	public String connectionProblem(int index) {
		return connectionProblems.get(index);
	}

	/** Tells a listener the ids of two layers the user connects (from, to), in the CONNECT gesture. */
	public void addConnectListener(BiConsumer<String, String> listener) {
		connectListeners.add(listener);
	}

	/**
	 * Tells a listener that the user dragged a layer (first id) onto the row of another layer of its column (second
	 * id), in the SELECT gesture; without such listeners layers do not move.
	 */
	public void addMoveListener(BiConsumer<String, String> listener) {
		moveListeners.add(listener);
	}

	/** Tells a listener where the user clicked, in the PLACE gesture. */
	public void addPlaceListener(Consumer<Point> listener) {
		placeListeners.add(listener);
	}

	/** The id of the layer under a point (its box, a little enlarged), or {@code null}. */
	public String layerAt(int x, int y) {
		checkWidget();
		return hitTest(x, y).layerId;
	}

	/** Which column a point is in, as the layers are laid out (0 for the inputs). */
	public int columnAt(int x) {
		checkWidget();
		int columns = columns();
		Rectangle area = getClientArea();
		int columnWidth = Math.max(1, (area.width - 2 * MARGIN) / columns);
		return clamp((x - area.x - MARGIN) / columnWidth, 0, columns - 1);
	}

	private int columns() {
		int columns = 1;
		if (diagram != null) {
			for (Layer layer : diagram.layers()) {
				columns = Math.max(columns, layer.column() + 1);
			}
		}
		return columns;
	}

	/** The first layer of a column drawn below a height, or {@code null} when none is. */
	public String layerBelow(int column, int y) {
		checkWidget();
		String below = null;
		int top = Integer.MAX_VALUE;
		for (Box box : boxes().values()) {
			int middle = box.bounds.y + box.bounds.height / 2;
			if (box.layer.column() == column && middle > y && middle < top) {
				top = middle;
				below = box.layer.id();
			}
		}
		return below;
	}

	/**
	 * Shows the weights of a run on the connections: each connection's width grows with its weight norm and its label
	 * gives the norm, e.g. while a run trains, the plateau and the transition as the norms jump.
	 *
	 * @param state one weight norm per connection, or {@code null} to show the network alone
	 * @param caption says which run and step, e.g. "run at step 1200"
	 */
	public void setLiveState(NetworkDiagram.State state, String caption) {
		checkWidget();
		this.liveState = state;
		this.liveCaption = caption == null ? "" : caption;
		redraw();
	}

	/** The weight norms shown, or {@code null}. */
	public NetworkDiagram.State liveState() {
		return liveState;
	}

	/** Shows a network (or none); keeps the selection when its layer or connection still exists. */
	public void setDiagram(NetworkDiagram diagram) {
		checkWidget();
		this.diagram = diagram;
		if (selectedLayer != null && (diagram == null || layer(selectedLayer) == null)) {
			selectedLayer = null;
		}
		if (selectedConnection != null && (diagram == null || selectedConnection >= diagram.connections().size())) {
			selectedConnection = null;
		}
		if (connectFrom != null && (diagram == null || layer(connectFrom) == null)) {
			connectFrom = null;
		}
		boxes = null;
		redraw();
	}

	/** The network shown, or {@code null}. */
	public NetworkDiagram diagram() {
		return diagram;
	}

	/** The id of the selected layer, or {@code null}. */
	public String selectedLayer() {
		return selectedLayer;
	}

	/** The index of the selected connection, or {@code null}. */
	public Integer selectedConnection() {
		return selectedConnection;
	}

	/** Selects a layer by id ({@code null} or an unknown id clears the selection); listeners are not told. */
	public void select(String layerId) {
		checkWidget();
		selectedLayer = layerId != null && layer(layerId) != null ? layerId : null;
		selectedConnection = null;
		redraw();
	}

	/** Selects a connection by index; listeners are not told. */
	public void selectConnection(int index) {
		checkWidget();
		selectedLayer = null;
		selectedConnection = diagram != null && index >= 0 && index < diagram.connections().size() ? index : null;
		redraw();
	}

	/** The box of a layer in canvas coordinates, or {@code null} when there is no such layer. */
	public Rectangle layerBounds(String layerId) {
		checkWidget();
		Box box = boxes().get(layerId);
		return box == null ? null : new Rectangle(box.bounds.x, box.bounds.y, box.bounds.width, box.bounds.height);
	}

	/** The middle of a connection in canvas coordinates (where its gate sits), or {@code null}. */
	public Point connectionMidpoint(int index) {
		checkWidget();
		Point[] ends = ends(index);
		return ends == null ? null : new Point((ends[0].x + ends[1].x) / 2, (ends[0].y + ends[1].y) / 2);
	}

	/** Tells a listener when the user selects a layer or a connection (or clears the selection). */
	public void addSelectionListener(Runnable listener) {
		selectionListeners.add(listener);
	}

	public void removeSelectionListener(Runnable listener) {
		selectionListeners.remove(listener);
	}

	/** Tells a listener the id of a layer the user double-clicks. */
	public void addOpenListener(Consumer<String> listener) {
		openListeners.add(listener);
	}

	public void removeOpenListener(Consumer<String> listener) {
		openListeners.remove(listener);
	}

	private Layer layer(String id) {
		if (diagram == null) {
			return null;
		}
		for (Layer layer : diagram.layers()) {
			if (layer.id().equals(id)) {
				return layer;
			}
		}
		return null;
	}

	// --- layout

	private Map<String, Box> boxes() {
		if (boxes == null) {
			boxes = computeLayout();
		}
		return boxes;
	}

	private Map<String, Box> computeLayout() {
		Map<String, Box> boxes = new LinkedHashMap<>();
		if (diagram == null || diagram.layers().isEmpty()) {
			return boxes;
		}
		Rectangle area = getClientArea();
		int lineHeight = lineHeight();
		int columns = 1;
		int rows = 1;
		for (Layer layer : diagram.layers()) {
			columns = Math.max(columns, layer.column() + 1);
			rows = Math.max(rows, layer.row() + 1);
		}
		int captionHeight = lineHeight + 8;
		int columnWidth = Math.max(1, (area.width - 2 * MARGIN) / columns);
		int rowHeight = Math.max(1, (area.height - 2 * MARGIN - captionHeight) / rows);
		java.util.Map<Integer, Integer> perColumn = new java.util.HashMap<>();
		for (Layer layer : diagram.layers()) {
			perColumn.merge(layer.column(), 1, Integer::sum);
		}
		for (Layer layer : diagram.layers()) {
			// room above the box for the width, below it for the label; in a crowded column both go beside the box
			boolean crowded = perColumn.get(layer.column()) > CROWDED;
			int above = crowded ? 4 : lineHeight + 4;
			int below = crowded ? 4 : lineHeight + 6;
			int units = Math.min(Math.max(layer.width(), 0), MAX_UNITS);
			boolean ellipsis = layer.width() > MAX_UNITS;
			int slots = Math.max(1, units + (ellipsis ? 1 : 0));
			int available = Math.max(10, rowHeight - above - below - 2 * PADDING);
			int diameter = clamp((int) (available / (slots * 1.3)), 6, 22);
			diameter = Math.min(diameter, Math.max(6, columnWidth / 4));
			int pitch = Math.round(diameter * 1.3f);
			int width = Math.max(28, diameter + 2 * PADDING);
			int height = slots * pitch - (pitch - diameter) + 2 * PADDING;
			int cellX = area.x + MARGIN + layer.column() * columnWidth;
			int cellY = area.y + MARGIN + layer.row() * rowHeight;
			int x = cellX + (columnWidth - width) / 2;
			int y = cellY + above + Math.max(0, (rowHeight - above - below - height) / 2);
			boxes.put(layer.id(), new Box(layer, new Rectangle(x, y, width, height), units, ellipsis, diameter, pitch));
		}
		return boxes;
	}

	private int lineHeight() {
		GC gc = new GC(this);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	/** The two ends of a connection: the middle of the right side of its source, of the left side of its target. */
	private Point[] ends(int index) {
		if (diagram == null || index < 0 || index >= diagram.connections().size()) {
			return null;
		}
		Connection connection = diagram.connections().get(index);
		Box from = boxes().get(connection.from());
		Box to = boxes().get(connection.to());
		if (from == null || to == null) {
			return null;
		}
		Rectangle a = from.bounds;
		Rectangle b = to.bounds;
		boolean forward = a.x + a.width <= b.x;
		Point start = new Point(forward ? a.x + a.width : a.x, a.y + a.height / 2);
		Point end = new Point(forward ? b.x : b.x + b.width, b.y + b.height / 2);
		return new Point[] { start, end };
	}

	// --- painting

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (diagram == null) {
			return;
		}
		for (int i = 0; i < diagram.connections().size(); i++) {
			paintConnection(gc, i);
		}
		for (Box box : boxes().values()) {
			paintLayer(gc, box);
		}
		paintGesture(gc);
		if (liveNorms() != null && !liveCaption.isEmpty()) {
			gc.setForeground(CAPTION);
			gc.drawText(liveCaption, area.x + MARGIN, area.y + MARGIN / 2, true);
		}
		String summary = diagram.summary();
		if (summary != null && !summary.isEmpty()) {
			gc.setForeground(CAPTION);
			Point extent = gc.textExtent(summary);
			gc.drawText(summary, area.x + Math.max(MARGIN, (area.width - extent.x) / 2),
					area.y + area.height - MARGIN - extent.y, true);
		}
	}

	private void paintConnection(GC gc, int index) {
		Point[] ends = ends(index);
		if (ends == null) {
			return;
		}
		Connection connection = diagram.connections().get(index);
		Rectangle from = boxes().get(connection.from()).bounds;
		Rectangle to = boxes().get(connection.to()).bounds;
		boolean closed = connection.gated() && !connection.open();
		boolean selected = Objects.equals(selectedConnection, index);
		boolean problem = connectionProblems.containsKey(index);
		Color colour = selected ? SELECTION : problem ? PROBLEM : closed ? CLOSED : CONNECTION;

		// the band: all the weights between the two layers
		int inset = PADDING;
		int[] band = { ends[0].x, from.y + inset, ends[1].x, to.y + inset, ends[1].x, to.y + to.height - inset,
				ends[0].x, from.y + from.height - inset };
		gc.setAlpha(selected ? 70 : closed ? 25 : 40);
		gc.setBackground(colour);
		gc.fillPolygon(band);
		gc.setAlpha(255);

		gc.setForeground(colour);
		double[] norms = liveNorms();
		double largest = norms == null ? 0 : Arrays.stream(norms).max().orElse(0);
		// live: the line grows with the connection's weight norm, relative to the largest
		int width = norms == null || !(largest > 0) ? 2 : 1 + (int) Math.round(5 * norms[index] / largest);
		gc.setLineWidth(selected ? width + 1 : width);
		gc.setLineStyle(closed ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawLine(ends[0].x, ends[0].y, ends[1].x, ends[1].y);
		gc.setLineStyle(SWT.LINE_SOLID);

		// the gate and the label sit where the connection is apart from its neighbours: near the side with more
		// parallel layers, where many connections fan in or out
		int fromRows = rowsInColumn(connection.from());
		int toRows = rowsInColumn(connection.to());
		double t = fromRows > toRows ? 0.25 : toRows > fromRows ? 0.75 : 0.5;
		Point middle = new Point((int) Math.round(ends[0].x + t * (ends[1].x - ends[0].x)),
				(int) Math.round(ends[0].y + t * (ends[1].y - ends[0].y)));
		double open = gateOpen(index);
		if (connection.gated() || open < 1) {
			gc.setLineWidth(2);
			int d = 2 * GATE_RADIUS;
			if (open < 1) {
				// a run's gate: the filled share of the circle is the share of the datapoints it is open on
				gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
				gc.fillOval(middle.x - GATE_RADIUS, middle.y - GATE_RADIUS, d, d);
				gc.setBackground(colour);
				gc.fillArc(middle.x - GATE_RADIUS, middle.y - GATE_RADIUS, d, d, 90, -(int) Math.round(360 * open));
			} else {
				gc.setBackground(connection.open() ? colour : getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
				gc.fillOval(middle.x - GATE_RADIUS, middle.y - GATE_RADIUS, d, d);
			}
			gc.drawOval(middle.x - GATE_RADIUS, middle.y - GATE_RADIUS, d, d);
		}
		gc.setLineWidth(1);
		if (problem) {
			paintProblemMark(gc, middle.x + GATE_RADIUS + 2, middle.y + 2);
		}
		// labels of more than three connections between the same two columns would overlap: the tooltip names them
		String label = norms == null ? connection.label()
				: "‖" + (connection.label().isEmpty() ? "W" : connection.label()) + "‖ = " + String.format("%.3g", norms[index]);
		if (open < 1 && Math.max(fromRows, toRows) <= 3) {
			// the gate's share of the datapoints, under its disc
			String share = Math.round(100 * open) + "%";
			Point extent = gc.textExtent(share);
			gc.setForeground(selected ? SELECTION : TEXT);
			gc.drawText(share, middle.x - extent.x / 2, middle.y + GATE_RADIUS + 2, true);
		}
		if (!label.isEmpty() && Math.max(fromRows, toRows) <= 3) {
			Point extent = gc.textExtent(label);
			int lift = connection.gated() ? GATE_RADIUS + 3 : 4;
			gc.setForeground(selected ? SELECTION : closed ? CLOSED : TEXT);
			gc.drawText(label, middle.x - extent.x / 2, middle.y - lift - extent.y, true);
		}
	}

	/** The share of the datapoints on which a connection's gate is open in the run shown; 1 without a run. */
	private double gateOpen(int index) {
		double[] open = liveState != null && diagram != null
				&& liveState.gatesOpen().length == diagram.connections().size() ? liveState.gatesOpen() : null;
		return open == null ? 1 : open[index];
	}

	private static String percent(double share) {
		return Math.round(100 * share) + "% of the datapoints";
	}

	/** A red disc with an exclamation mark, centred at a point: a validation problem. */
	private void paintProblemMark(GC gc, int x, int y) {
		int r = 7;
		gc.setBackground(PROBLEM);
		gc.fillOval(x - r, y - r, 2 * r, 2 * r);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.setLineWidth(2);
		gc.drawLine(x, y - r + 3, x, y + 1);
		gc.drawPoint(x, y + 3);
		gc.drawLine(x, y + 3, x, y + 4);
		gc.setLineWidth(1);
	}

	/** The drag under way: a line from the layer to connect, or the moved layer's outline where it would go. */
	private void paintGesture(GC gc) {
		if (connectFrom != null) {
			Box from = boxes().get(connectFrom);
			if (from != null) {
				gc.setForeground(SELECTION);
				gc.setLineStyle(SWT.LINE_DASH);
				gc.setLineWidth(2);
				gc.drawRoundRectangle(from.bounds.x - 4, from.bounds.y - 4, from.bounds.width + 8, from.bounds.height + 8, 16, 16);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setLineWidth(1);
			}
		}
		if (!dragging || pressedLayer == null || dragAt == null) {
			return;
		}
		Box pressed = boxes().get(pressedLayer);
		if (pressed == null) {
			return;
		}
		Rectangle r = pressed.bounds;
		gc.setForeground(SELECTION);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		if (gesture == Gesture.CONNECT) {
			gc.drawLine(r.x + r.width, r.y + r.height / 2, dragAt.x, dragAt.y);
			String target = hitTest(dragAt.x, dragAt.y).layerId;
			Box over = target == null || target.equals(pressedLayer) ? null : boxes().get(target);
			if (over != null) {
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawRoundRectangle(over.bounds.x - 4, over.bounds.y - 4, over.bounds.width + 8, over.bounds.height + 8, 16, 16);
			}
		} else if (gesture == Gesture.SELECT && !moveListeners.isEmpty()) {
			gc.drawRoundRectangle(r.x, dragAt.y - r.height / 2, r.width, r.height, 14, 14);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	/** The live weight norms when they fit the diagram (one per connection), else {@code null}. */
	private double[] liveNorms() {
		return liveState != null && diagram != null && liveState.weightNorms().length == diagram.connections().size()
				? liveState.weightNorms()
				: null;
	}

	/** How many layers share the column of a layer. */
	/** A column with more layers than this labels them beside their boxes. */
	private static final int CROWDED = 2;

	private int rowsInColumn(String layerId) {
		Box box = boxes().get(layerId);
		if (box == null) {
			return 1;
		}
		int column = box.layer.column();
		return (int) diagram.layers().stream().filter(l -> l.column() == column).count();
	}

	private void paintLayer(GC gc, Box box) {
		Layer layer = box.layer;
		Rectangle r = box.bounds;
		boolean selected = layer.id().equals(selectedLayer);
		Color fill = switch (layer.role()) {
			case INPUT -> INPUT_FILL;
			case HIDDEN -> HIDDEN_FILL;
			case OUTPUT -> OUTPUT_FILL;
		};
		Color line = lineColour(layer.role());
		boolean problem = layerProblems.containsKey(layer.id());
		gc.setBackground(fill);
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 14, 14);
		gc.setForeground(selected ? SELECTION : problem ? PROBLEM : line);
		gc.setLineWidth(selected ? 3 : problem ? 2 : 1);
		gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 14, 14);
		gc.setLineWidth(1);
		if (problem) {
			paintProblemMark(gc, r.x + r.width, r.y);
		}

		// the units
		int cx = r.x + r.width / 2;
		int top = r.y + PADDING;
		gc.setForeground(line);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		for (int k = 0; k < box.units; k++) {
			int y = top + k * box.pitch;
			gc.fillOval(cx - box.diameter / 2, y, box.diameter, box.diameter);
			gc.drawOval(cx - box.diameter / 2, y, box.diameter, box.diameter);
		}
		if (box.ellipsis) {
			String dots = "\u22ee";
			Point extent = gc.textExtent(dots);
			gc.drawText(dots, cx - extent.x / 2, top + box.units * box.pitch + (box.diameter - extent.y) / 2, true);
		}

		String width = layer.width() > 0 ? Integer.toString(layer.width()) : "?";
		if (rowsInColumn(layer.id()) > CROWDED) {
			// a crowded column: "label (width)" beside the box, outside the connections
			String text = layer.label() + " (" + width + ")";
			Point extent = gc.textExtent(text);
			int x = layer.role() == Role.INPUT ? r.x - extent.x - 6 : r.x + r.width + 6;
			gc.setForeground(selected ? SELECTION : TEXT);
			gc.drawText(text, x, r.y + (r.height - extent.y) / 2, true);
			return;
		}
		// width above, label below
		gc.setForeground(TEXT);
		Point extent = gc.textExtent(width);
		gc.drawText(width, cx - extent.x / 2, r.y - extent.y - 3, true);
		gc.setForeground(selected ? SELECTION : TEXT);
		extent = gc.textExtent(layer.label());
		gc.drawText(layer.label(), cx - extent.x / 2, r.y + r.height + 4, true);
	}

	private static Color lineColour(Role role) {
		return switch (role) {
			case INPUT -> INPUT_LINE;
			case HIDDEN -> HIDDEN_LINE;
			case OUTPUT -> OUTPUT_LINE;
		};
	}

	// --- mouse

	/** What is under a point of the canvas: a layer (its box, a little enlarged) before a connection. */
	private Hit hitTest(int x, int y) {
		if (diagram == null) {
			return new Hit(null, null);
		}
		for (Box box : boxes().values()) {
			Rectangle r = box.bounds;
			if (x >= r.x - HIT_TOLERANCE && x <= r.x + r.width + HIT_TOLERANCE && y >= r.y - HIT_TOLERANCE
					&& y <= r.y + r.height + HIT_TOLERANCE) {
				return new Hit(box.layer.id(), null);
			}
		}
		for (int i = 0; i < diagram.connections().size(); i++) {
			Point[] ends = ends(i);
			if (ends == null) {
				continue;
			}
			if (distanceToSegment(x, y, ends[0], ends[1]) <= HIT_TOLERANCE || insideBand(x, y, i, ends)) {
				return new Hit(null, i);
			}
		}
		return new Hit(null, null);
	}

	private boolean insideBand(int x, int y, int index, Point[] ends) {
		int left = Math.min(ends[0].x, ends[1].x);
		int right = Math.max(ends[0].x, ends[1].x);
		if (x < left || x > right || right == left) {
			return false;
		}
		Connection connection = diagram.connections().get(index);
		Rectangle from = boxes().get(connection.from()).bounds;
		Rectangle to = boxes().get(connection.to()).bounds;
		double t = (double) (x - ends[0].x) / (ends[1].x - ends[0].x);
		double top = (from.y + PADDING) + t * ((to.y + PADDING) - (from.y + PADDING));
		double bottom = (from.y + from.height - PADDING) + t * ((to.y + to.height - PADDING) - (from.y + from.height - PADDING));
		return y >= top && y <= bottom;
	}

	private static double distanceToSegment(int x, int y, Point a, Point b) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
		double px = a.x + t * dx - x;
		double py = a.y + t * dy - y;
		return Math.sqrt(px * px + py * py);
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		setFocus();
		Hit hit = hitTest(event.x, event.y);
		pressedLayer = hit.layerId;
		pressedAt = new Point(event.x, event.y);
		dragAt = null;
		dragging = false;
		if (gesture == Gesture.PLACE) {
			return;
		}
		if (!Objects.equals(hit.layerId, selectedLayer) || !Objects.equals(hit.connection, selectedConnection)) {
			selectedLayer = hit.layerId;
			selectedConnection = hit.connection;
			redraw();
			for (Runnable listener : selectionListeners) {
				listener.run();
			}
		}
	}

	private void mouseMove(Event event) {
		updateToolTip(event.x, event.y);
		if (pressedLayer == null || pressedAt == null || (event.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (!dragging && Math.abs(event.x - pressedAt.x) + Math.abs(event.y - pressedAt.y) > DRAG_THRESHOLD) {
			dragging = gesture == Gesture.CONNECT || gesture == Gesture.SELECT && !moveListeners.isEmpty();
		}
		if (dragging) {
			dragAt = new Point(event.x, event.y);
			redraw();
		}
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || pressedAt == null) {
			return;
		}
		String pressed = pressedLayer;
		boolean dragged = dragging;
		pressedLayer = null;
		pressedAt = null;
		dragAt = null;
		dragging = false;
		Hit hit = hitTest(event.x, event.y);
		switch (gesture) {
			case PLACE -> {
				Point at = new Point(event.x, event.y);
				placeListeners.forEach(listener -> listener.accept(at));
			}
			case CONNECT -> {
				String from = dragged ? pressed : connectFrom;
				if (from == null) {
					connectFrom = hit.layerId; // the first of two clicks
				} else if (hit.layerId != null && !hit.layerId.equals(from)) {
					connectFrom = null;
					String to = hit.layerId;
					connectListeners.forEach(listener -> listener.accept(from, to));
				} else if (!dragged) {
					connectFrom = hit.layerId;
				}
			}
			case SELECT -> {
				String onto = dragged ? rowTarget(pressed, event.y) : null;
				if (onto != null && !onto.equals(pressed)) {
					moveListeners.forEach(listener -> listener.accept(pressed, onto));
				}
			}
		}
		redraw();
	}

	/** The layer of a layer's column whose row is nearest a height. */
	private String rowTarget(String layerId, int y) {
		Box moved = boxes().get(layerId);
		if (moved == null) {
			return null;
		}
		String nearest = null;
		int distance = Integer.MAX_VALUE;
		for (Box box : boxes().values()) {
			int d = Math.abs(box.bounds.y + box.bounds.height / 2 - y);
			if (box.layer.column() == moved.layer.column() && d < distance) {
				distance = d;
				nearest = box.layer.id();
			}
		}
		return nearest;
	}

	private void mouseDoubleClick(Event event) {
		if (event.button != 1) {
			return;
		}
		Hit hit = hitTest(event.x, event.y);
		if (hit.layerId != null) {
			for (Consumer<String> listener : openListeners) {
				listener.accept(hit.layerId);
			}
		}
	}

	private void updateToolTip(int x, int y) {
		Hit hit = hitTest(x, y);
		String text = null;
		if (hit.layerId != null) {
			Layer layer = layer(hit.layerId);
			String role = switch (layer.role()) {
				case INPUT -> "input layer";
				case HIDDEN -> "hidden layer";
				case OUTPUT -> "output layer";
			};
			text = layer.label() + "\nwidth " + (layer.width() > 0 ? layer.width() : "unknown") + "\n" + role
					+ (layer.widthEditable() ? " (double-click to set its width)" : "")
					+ (layerProblems.containsKey(layer.id()) ? "\nProblem: " + layerProblems.get(layer.id()) : "");
		} else if (hit.connection != null) {
			Connection connection = diagram.connections().get(hit.connection);
			double open = gateOpen(hit.connection);
			String gate = open < 1 ? "gate open on " + percent(open)
					: !connection.gated() ? "no gate" : connection.open() ? "gate open" : "gate closed";
			text = (connection.label().isEmpty() ? "connection" : connection.label()) + ": " + label(connection.from())
					+ " → " + label(connection.to()) + "\n" + gate
					+ (connectionProblems.containsKey(hit.connection) ? "\nProblem: " + connectionProblems.get(hit.connection) : "");
		}
		if (!Objects.equals(text, getToolTipText())) {
			setToolTipText(text);
		}
	}

	private String label(String layerId) {
		Layer layer = layer(layerId);
		return layer == null ? layerId : layer.label();
	}

	/** The ids of the layers drawn, input first (for tests and the page). */
	public List<String> layerIds() {
		List<String> ids = new ArrayList<>();
		if (diagram != null) {
			for (Layer layer : diagram.layers()) {
				ids.add(layer.id());
			}
		}
		return ids;
	}
}
