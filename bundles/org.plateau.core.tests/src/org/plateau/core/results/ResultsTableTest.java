package org.plateau.core.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

	@Test
	void keepsEveryRowAcrossGrowthAndCopiesTheValues() {
		ResultsTable table = new ResultsTable(List.of("loss", "a1"));
		double[] row = new double[2];
		for (int i = 0; i < 1000; i++) {
			row[0] = i;
			row[1] = -i;
			table.add(10L * i, row);
		}
		row[0] = 42; // the table must have copied the row
		assertEquals(1000, table.size());
		assertEquals(9990, table.step(999));
		assertEquals(0.0, table.value(0, 0));
		assertEquals(-999.0, table.value(1, 999));
		assertArrayEquals(new double[] { 0, -1, -2 }, java.util.Arrays.copyOf(table.column("a1"), 3));
		assertEquals(1, table.indexOf("a1"));
	}

	@Test
	void rejectsRowsOfTheWrongWidthAndUnknownColumns() {
		ResultsTable table = new ResultsTable(List.of("loss"));
		assertThrows(IllegalArgumentException.class, () -> table.add(0, new double[2]));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.column("a9"));
		assertEquals("No column 'a9' in [loss]", e.getMessage());
	}

	@Test
	void snapshotsAreCopies() {
		MatrixSnapshots snapshots = new MatrixSnapshots();
		DMatrixRMaj m = new DMatrixRMaj(new double[][] { { 1, 2 }, { 3, 4 } });
		snapshots.put("rsa", 5, m);
		m.set(0, 0, 99);
		assertEquals(1.0, snapshots.of("rsa").get(5L).get(0, 0));
		assertNotSame(m, snapshots.of("rsa").get(5L));
		assertEquals(0, snapshots.of("none").size());
	}

	@Test
	void aBoundedTableThinsEvenlyAndKeepsTheLastRow() {
		ResultsTable table = ResultsTable.bounded(List.of("loss"), 8);
		double[] row = new double[1];
		for (int i = 0; i <= 100; i++) {
			row[0] = i;
			table.add(i, row);
			assertTrue(table.size() <= 9, "never more than its capacity and the last row");
			assertEquals(i, table.step(table.size() - 1), "the last row added is always there");
		}
		// 101 rows through a capacity of 8: every 16th row is kept (0, 16, ..., 96), and the last (100)
		assertArrayEquals(new long[] { 0, 16, 32, 48, 64, 80, 96, 100 }, table.steps());
		assertTrue(table.thinned());
		assertEquals(101, table.rowsAdded());
		ResultsTable unbounded = new ResultsTable(List.of("loss"));
		for (int i = 0; i <= 100; i++) {
			unbounded.add(i, row);
		}
		assertEquals(101, unbounded.size());
		assertFalse(unbounded.thinned());
	}
}
