/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Race Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The two-pathway race toy (spec 2(d), C2.3): whitened inputs, targets y = U S V^T x with the given singular values S, and a network with an always-on pathway and one whose hidden node is gated on a fraction of the datapoints. The shared pathway wins the race.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.gated.model.RaceTask#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.RaceTask#getSingularValues <em>Singular Values</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.RaceTask#getGatedFraction <em>Gated Fraction</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.RaceTask#getGatedNode <em>Gated Node</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.gated.model.GatedPackage#getRaceTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsValid gatedFractionValid trainingHonoured'"
 * @generated
 */
public interface RaceTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dim</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * N, the input and output dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dim</em>' attribute.
	 * @see #setInputDim(int)
	 * @see org.plateau.family.gated.model.GatedPackage#getRaceTask_InputDim()
	 * @model default="4"
	 * @generated
	 */
	int getInputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.gated.model.RaceTask#getInputDim <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dim</em>' attribute.
	 * @see #getInputDim()
	 * @generated
	 */
	void setInputDim(int value);

	/**
	 * Returns the value of the '<em><b>Singular Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The singular values s of the input-output map, one per mode (at most inputDim).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Singular Values</em>' attribute list.
	 * @see org.plateau.family.gated.model.GatedPackage#getRaceTask_SingularValues()
	 * @model annotation="http://www.plateau.org/display name='singular values s'"
	 * @generated
	 */
	EList<Double> getSingularValues();

	/**
	 * Returns the value of the '<em><b>Gated Fraction</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * p, the fraction of the datapoints on which the gated pathway is on; a multiple of 0.05.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gated Fraction</em>' attribute.
	 * @see #setGatedFraction(double)
	 * @see org.plateau.family.gated.model.GatedPackage#getRaceTask_GatedFraction()
	 * @model default="0.5"
	 * @generated
	 */
	double getGatedFraction();

	/**
	 * Sets the value of the '{@link org.plateau.family.gated.model.RaceTask#getGatedFraction <em>Gated Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gated Fraction</em>' attribute.
	 * @see #getGatedFraction()
	 * @generated
	 */
	void setGatedFraction(double value);

	/**
	 * Returns the value of the '<em><b>Gated Node</b></em>' attribute.
	 * The default value is <code>"hB"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the hidden node that is gated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gated Node</em>' attribute.
	 * @see #setGatedNode(String)
	 * @see org.plateau.family.gated.model.GatedPackage#getRaceTask_GatedNode()
	 * @model default="hB"
	 * @generated
	 */
	String getGatedNode();

	/**
	 * Sets the value of the '{@link org.plateau.family.gated.model.RaceTask#getGatedNode <em>Gated Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gated Node</em>' attribute.
	 * @see #getGatedNode()
	 * @generated
	 */
	void setGatedNode(String value);

} // RaceTask
