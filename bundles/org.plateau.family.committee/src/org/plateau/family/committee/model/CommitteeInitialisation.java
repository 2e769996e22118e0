/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The student's start (spec 3(f)): random weights of self-overlap Q0, or near the teacher.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.CommitteeInitialisation#getStart <em>Start</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.CommitteeInitialisation#getInitialOverlap <em>Initial Overlap</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.CommitteeInitialisation#getSecondLayerScale <em>Second Layer Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeInitialisation()
 * @model
 * @generated
 */
public interface CommitteeInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * The default value is <code>"RANDOM"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.committee.model.CommitteeStart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random (w_k ~ N(0, Q0 I)) or near the teacher (w_k = B_k + noise of variance Q0 for the first M units, noise for the others).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see org.plateau.family.committee.model.CommitteeStart
	 * @see #setStart(CommitteeStart)
	 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeInitialisation_Start()
	 * @model default="RANDOM"
	 *        annotation="http://www.plateau.org/display name='start'"
	 * @generated
	 */
	CommitteeStart getStart();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.CommitteeInitialisation#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see org.plateau.family.committee.model.CommitteeStart
	 * @see #getStart()
	 * @generated
	 */
	void setStart(CommitteeStart value);

	/**
	 * Returns the value of the '<em><b>Initial Overlap</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Q0, the variance of each weight of the random start (Q_kk = Q0 at t = 0), or of the noise added to the teacher's weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Overlap</em>' attribute.
	 * @see #setInitialOverlap(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeInitialisation_InitialOverlap()
	 * @model default="0.2"
	 *        annotation="http://www.plateau.org/display name='initial overlap Q0'"
	 * @generated
	 */
	double getInitialOverlap();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.CommitteeInitialisation#getInitialOverlap <em>Initial Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Overlap</em>' attribute.
	 * @see #getInitialOverlap()
	 * @generated
	 */
	void setInitialOverlap(double value);

	/**
	 * Returns the value of the '<em><b>Second Layer Scale</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the second layer is trained, v_k starts from N(0, s^2) with this s; 0 starts it at v = 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Layer Scale</em>' attribute.
	 * @see #setSecondLayerScale(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeInitialisation_SecondLayerScale()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='initial second-layer spread'"
	 * @generated
	 */
	double getSecondLayerScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.CommitteeInitialisation#getSecondLayerScale <em>Second Layer Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Layer Scale</em>' attribute.
	 * @see #getSecondLayerScale()
	 * @generated
	 */
	void setSecondLayerScale(double value);

} // CommitteeInitialisation
