/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Algorithm</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The optimisation algorithm.
 * <!-- end-model-doc -->
 * @see org.plateau.model.PlateauPackage#getTrainingAlgorithm()
 * @model
 * @generated
 */
public enum TrainingAlgorithm implements Enumerator {
	/**
	 * The '<em><b>FULL BATCH GD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gradient descent on the loss over the whole data set at every step.
	 * <!-- end-model-doc -->
	 * @see #FULL_BATCH_GD_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_BATCH_GD(0, "FULL_BATCH_GD", "FULL_BATCH_GD"),

	/**
	 * The '<em><b>ONLINE SGD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stochastic gradient descent on one sample drawn at every step.
	 * <!-- end-model-doc -->
	 * @see #ONLINE_SGD_VALUE
	 * @generated
	 * @ordered
	 */
	ONLINE_SGD(1, "ONLINE_SGD", "ONLINE_SGD"), /**
	 * The '<em><b>MINI BATCH SGD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stochastic gradient descent on batchSize samples drawn at every step.
	 * <!-- end-model-doc -->
	 * @see #MINI_BATCH_SGD_VALUE
	 * @generated
	 * @ordered
	 */
	MINI_BATCH_SGD(2, "MINI_BATCH_SGD", "MINI_BATCH_SGD");

	/**
	 * The '<em><b>FULL BATCH GD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gradient descent on the loss over the whole data set at every step.
	 * <!-- end-model-doc -->
	 * @see #FULL_BATCH_GD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_BATCH_GD_VALUE = 0;

	/**
	 * The '<em><b>ONLINE SGD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stochastic gradient descent on one sample drawn at every step.
	 * <!-- end-model-doc -->
	 * @see #ONLINE_SGD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONLINE_SGD_VALUE = 1;

	/**
	 * The '<em><b>MINI BATCH SGD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stochastic gradient descent on batchSize samples drawn at every step.
	 * <!-- end-model-doc -->
	 * @see #MINI_BATCH_SGD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINI_BATCH_SGD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Training Algorithm</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingAlgorithm[] VALUES_ARRAY =
		new TrainingAlgorithm[] {
			FULL_BATCH_GD,
			ONLINE_SGD,
			MINI_BATCH_SGD,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Algorithm</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingAlgorithm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Algorithm</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAlgorithm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingAlgorithm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Algorithm</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAlgorithm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingAlgorithm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Algorithm</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAlgorithm get(int value) {
		switch (value) {
			case FULL_BATCH_GD_VALUE: return FULL_BATCH_GD;
			case ONLINE_SGD_VALUE: return ONLINE_SGD;
			case MINI_BATCH_SGD_VALUE: return MINI_BATCH_SGD;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TrainingAlgorithm(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TrainingAlgorithm
