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
 * A representation of the literals of the enumeration '<em><b>Loss Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The loss of one sample, before the loss convention reduces it over the samples.
 * <!-- end-model-doc -->
 * @see org.plateau.model.PlateauPackage#getLossKind()
 * @model
 * @generated
 */
public enum LossKind implements Enumerator {
	/**
	 * The '<em><b>HALF SQUARED ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1/2 ||y - yhat||^2, the loss of the linear and gated families' papers.
	 * <!-- end-model-doc -->
	 * @see #HALF_SQUARED_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	HALF_SQUARED_ERROR(0, "HALF_SQUARED_ERROR", "HALF_SQUARED_ERROR"),

	/**
	 * The '<em><b>SQUARED ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||y - yhat||^2, the squared error without the 1/2.
	 * <!-- end-model-doc -->
	 * @see #SQUARED_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARED_ERROR(1, "SQUARED_ERROR", "SQUARED_ERROR"),

	/**
	 * The '<em><b>CROSS ENTROPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * -log softmax(yhat)_c of the target class c.
	 * <!-- end-model-doc -->
	 * @see #CROSS_ENTROPY_VALUE
	 * @generated
	 * @ordered
	 */
	CROSS_ENTROPY(2, "CROSS_ENTROPY", "CROSS_ENTROPY");

	/**
	 * The '<em><b>HALF SQUARED ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1/2 ||y - yhat||^2, the loss of the linear and gated families' papers.
	 * <!-- end-model-doc -->
	 * @see #HALF_SQUARED_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HALF_SQUARED_ERROR_VALUE = 0;

	/**
	 * The '<em><b>SQUARED ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||y - yhat||^2, the squared error without the 1/2.
	 * <!-- end-model-doc -->
	 * @see #SQUARED_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SQUARED_ERROR_VALUE = 1;

	/**
	 * The '<em><b>CROSS ENTROPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * -log softmax(yhat)_c of the target class c.
	 * <!-- end-model-doc -->
	 * @see #CROSS_ENTROPY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CROSS_ENTROPY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Loss Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LossKind[] VALUES_ARRAY =
		new LossKind[] {
			HALF_SQUARED_ERROR,
			SQUARED_ERROR,
			CROSS_ENTROPY,
		};

	/**
	 * A public read-only list of all the '<em><b>Loss Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LossKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LossKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LossKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind get(int value) {
		switch (value) {
			case HALF_SQUARED_ERROR_VALUE: return HALF_SQUARED_ERROR;
			case SQUARED_ERROR_VALUE: return SQUARED_ERROR;
			case CROSS_ENTROPY_VALUE: return CROSS_ENTROPY;
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
	private LossKind(int value, String name, String literal) {
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
	
} //LossKind
