/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Epsilon Convention</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the merging distance eps of the automaton extraction is set.
 * <!-- end-model-doc -->
 * @see org.plateau.family.rnn.model.RnnPackage#getEpsilonConvention()
 * @model
 * @generated
 */
public enum EpsilonConvention implements Enumerator {
	/**
	 * The '<em><b>RUNNING STD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = fraction x ||per-unit std over every analysed record so far x all strings||: at the last record this is the main notebook's std over all epochs.
	 * <!-- end-model-doc -->
	 * @see #RUNNING_STD_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNING_STD(0, "RUNNING_STD", "RUNNING_STD"),

	/**
	 * The '<em><b>CURRENT STD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = fraction x ||per-unit std over the strings at this record|| (to_automaton).
	 * <!-- end-model-doc -->
	 * @see #CURRENT_STD_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT_STD(1, "CURRENT_STD", "CURRENT_STD"),

	/**
	 * The '<em><b>FIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = the fraction itself, an absolute distance: rerun with the last record's eps to extract every record with the notebook's convention.
	 * <!-- end-model-doc -->
	 * @see #FIXED_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED(2, "FIXED", "FIXED");

	/**
	 * The '<em><b>RUNNING STD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = fraction x ||per-unit std over every analysed record so far x all strings||: at the last record this is the main notebook's std over all epochs.
	 * <!-- end-model-doc -->
	 * @see #RUNNING_STD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNNING_STD_VALUE = 0;

	/**
	 * The '<em><b>CURRENT STD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = fraction x ||per-unit std over the strings at this record|| (to_automaton).
	 * <!-- end-model-doc -->
	 * @see #CURRENT_STD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_STD_VALUE = 1;

	/**
	 * The '<em><b>FIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = the fraction itself, an absolute distance: rerun with the last record's eps to extract every record with the notebook's convention.
	 * <!-- end-model-doc -->
	 * @see #FIXED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Epsilon Convention</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EpsilonConvention[] VALUES_ARRAY =
		new EpsilonConvention[] {
			RUNNING_STD,
			CURRENT_STD,
			FIXED,
		};

	/**
	 * A public read-only list of all the '<em><b>Epsilon Convention</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EpsilonConvention> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Epsilon Convention</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EpsilonConvention get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EpsilonConvention result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Epsilon Convention</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EpsilonConvention getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EpsilonConvention result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Epsilon Convention</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EpsilonConvention get(int value) {
		switch (value) {
			case RUNNING_STD_VALUE: return RUNNING_STD;
			case CURRENT_STD_VALUE: return CURRENT_STD;
			case FIXED_VALUE: return FIXED;
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
	private EpsilonConvention(int value, String name, String literal) {
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
	
} //EpsilonConvention
