package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.FieldNames;

/** Fields are named for axes, legends and forms by their models' annotations, else by the words of their names. */
class FieldNamesTest {

	@Test
	void annotatedFieldsHaveThePapersName() {
		assertEquals("learning rate η", FieldNames.of(PlateauPackage.Literals.TRAINING__LEARNING_RATE));
		assertEquals("initial scale σ", FieldNames.of(PlateauPackage.Literals.SMALL_GAUSSIAN_INITIALISATION__SCALE));
		assertEquals("Initial strength a₀", FieldNames.capitalised(PlateauPackage.Literals.ALIGNED_BALANCED_INITIALISATION__A0));
		// a family's model names its own fields
		assertEquals("samples P", FieldNames.of(DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__SAMPLES));
		assertEquals("relative scale λ", FieldNames.of(DeepLinearPackage.Literals.LAMBDA_BALANCED_INITIALISATION__LAMBDA));
	}

	@Test
	void aShortLegendWritesTheSymbolAFieldsNameEndsWith() {
		assertEquals("η", FieldNames.symbol(PlateauPackage.Literals.TRAINING__LEARNING_RATE));
		assertEquals("σ", FieldNames.symbol(PlateauPackage.Literals.SMALL_GAUSSIAN_INITIALISATION__SCALE));
		assertEquals("a₀", FieldNames.symbol(PlateauPackage.Literals.ALIGNED_BALANCED_INITIALISATION__A0));
		assertEquals("P", FieldNames.symbol(DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__SAMPLES));
		assertEquals("λ", FieldNames.symbol(DeepLinearPackage.Literals.LAMBDA_BALANCED_INITIALISATION__LAMBDA));
		// a name that does not end with a symbol is written whole
		assertEquals("record interval", FieldNames.symbol(PlateauPackage.Literals.TRAINING__RECORD_INTERVAL));
		assertEquals("seed", FieldNames.symbol(PlateauPackage.Literals.EXPERIMENT__SEED));
	}

	@Test
	void otherFieldsAreNamedByTheWordsOfTheirNames() {
		assertEquals("record interval", FieldNames.of(PlateauPackage.Literals.TRAINING__RECORD_INTERVAL));
		assertEquals("Batch size", FieldNames.capitalised(PlateauPackage.Literals.TRAINING__BATCH_SIZE));
		assertEquals("a0", FieldNames.words("a0"));
		assertEquals("input dim", FieldNames.words("inputDim"));
		assertEquals("n1", FieldNames.words("n1"));
	}

	/** Issue 19 (form polish): enumeration values as words, not constants (FULL_BATCH_GD). */
	@Test
	void enumerationValuesAreNamedByTheirWords() {
		assertEquals("full batch GD", FieldNames.of(PlateauPackage.Literals.TRAINING_ALGORITHM.getEEnumLiteral("FULL_BATCH_GD")));
		assertEquals("online SGD", FieldNames.of(PlateauPackage.Literals.TRAINING_ALGORITHM.getEEnumLiteral("ONLINE_SGD")));
		assertEquals("half squared error", FieldNames.constantWords("HALF_SQUARED_ERROR"));
		assertEquals("leaky ReLU", FieldNames.constantWords("LEAKY_RELU"));
		assertEquals("NLGP", FieldNames.constantWords("NLGP"));
		assertEquals("four items", FieldNames.constantWords("FOUR_ITEMS"));
	}
}
