/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Start</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where the student starts.
 * <!-- end-model-doc -->
 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeStart()
 * @model
 * @generated
 */
public enum CommitteeStart implements Enumerator {
	/**
	 * The '<em><b>RANDOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * w_k ~ N(0, Q0 I_N): Q = Q0 I, R ~ N(0, Q0/N).
	 * <!-- end-model-doc -->
	 * @see #RANDOM_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM(0, "RANDOM", "RANDOM"),

	/**
	 * The '<em><b>NEAR TEACHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * w_k = B_k + N(0, Q0 I_N) for k < M, N(0, Q0 I_N) for the extra units: the start of the asymptotic-error runs (check 3-D).
	 * <!-- end-model-doc -->
	 * @see #NEAR_TEACHER_VALUE
	 * @generated
	 * @ordered
	 */
	NEAR_TEACHER(1, "NEAR_TEACHER", "NEAR_TEACHER");

	/**
	 * The '<em><b>RANDOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * w_k ~ N(0, Q0 I_N): Q = Q0 I, R ~ N(0, Q0/N).
	 * <!-- end-model-doc -->
	 * @see #RANDOM
	 * @model annotation="http://www.plateau.org/display name='random'"
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_VALUE = 0;

	/**
	 * The '<em><b>NEAR TEACHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * w_k = B_k + N(0, Q0 I_N) for k < M, N(0, Q0 I_N) for the extra units: the start of the asymptotic-error runs (check 3-D).
	 * <!-- end-model-doc -->
	 * @see #NEAR_TEACHER
	 * @model annotation="http://www.plateau.org/display name='near the teacher'"
	 * @generated
	 * @ordered
	 */
	public static final int NEAR_TEACHER_VALUE = 1;

	/**
	 * An array of all the '<em><b>Start</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommitteeStart[] VALUES_ARRAY =
		new CommitteeStart[] {
			RANDOM,
			NEAR_TEACHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Start</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommitteeStart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Start</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeStart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeStart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Start</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeStart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeStart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Start</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeStart get(int value) {
		switch (value) {
			case RANDOM_VALUE: return RANDOM;
			case NEAR_TEACHER_VALUE: return NEAR_TEACHER;
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
	private CommitteeStart(int value, String name, String literal) {
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
	
} //CommitteeStart
