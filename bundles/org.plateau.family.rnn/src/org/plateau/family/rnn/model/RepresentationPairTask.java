/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Pair Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Two inputs whose representations h1, h2 are close, each followed by N continuations with scalar targets (the local interaction model of the 2025 paper, App. B, with a scalar hidden coordinate): the experiment in which the effective theory of representation learning is exact. Its start is a PairInitialisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.RepresentationPairTask#getTargets1 <em>Targets1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RepresentationPairTask#getTargets2 <em>Targets2</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getRepresentationPairTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='pairValid trainingHonoured'"
 * @generated
 */
public interface RepresentationPairTask extends Task {
	/**
	 * Returns the value of the '<em><b>Targets1</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * y*_(1,i): the target after the first input and continuation i, one per continuation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets1</em>' attribute list.
	 * @see org.plateau.family.rnn.model.RnnPackage#getRepresentationPairTask_Targets1()
	 * @model annotation="http://www.plateau.org/display name='targets y*1'"
	 * @generated
	 */
	EList<Double> getTargets1();

	/**
	 * Returns the value of the '<em><b>Targets2</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * y*_(2,i): the target after the second input and continuation i; equal to targets1 for an agreeing pair.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets2</em>' attribute list.
	 * @see org.plateau.family.rnn.model.RnnPackage#getRepresentationPairTask_Targets2()
	 * @model annotation="http://www.plateau.org/display name='targets y*2'"
	 * @generated
	 */
	EList<Double> getTargets2();

} // RepresentationPairTask
