package org.plateau.core.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
