/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.plateau.family.deeplinear.model.*;

import org.plateau.model.Architecture;
import org.plateau.model.Initialisation;
import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage
 * @generated
 */
public class DeepLinearSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DeepLinearPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeepLinearSwitch() {
		if (modelPackage == null) {
			modelPackage = DeepLinearPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DeepLinearPackage.HIERARCHY_TASK: {
				HierarchyTask hierarchyTask = (HierarchyTask)theEObject;
				T result = caseHierarchyTask(hierarchyTask);
				if (result == null) result = caseTask(hierarchyTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.SPECTRUM_TASK: {
				SpectrumTask spectrumTask = (SpectrumTask)theEObject;
				T result = caseSpectrumTask(spectrumTask);
				if (result == null) result = caseTask(spectrumTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.RANDOM_REGRESSION_TASK: {
				RandomRegressionTask randomRegressionTask = (RandomRegressionTask)theEObject;
				T result = caseRandomRegressionTask(randomRegressionTask);
				if (result == null) result = caseTask(randomRegressionTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.TEACHER_STUDENT_TASK: {
				TeacherStudentTask teacherStudentTask = (TeacherStudentTask)theEObject;
				T result = caseTeacherStudentTask(teacherStudentTask);
				if (result == null) result = caseTask(teacherStudentTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.REVERSAL_LEARNING_TASK: {
				ReversalLearningTask reversalLearningTask = (ReversalLearningTask)theEObject;
				T result = caseReversalLearningTask(reversalLearningTask);
				if (result == null) result = caseTask(reversalLearningTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK: {
				ContinualLearningTask continualLearningTask = (ContinualLearningTask)theEObject;
				T result = caseContinualLearningTask(continualLearningTask);
				if (result == null) result = caseTask(continualLearningTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.DEEP_LINEAR_NETWORK: {
				DeepLinearNetwork deepLinearNetwork = (DeepLinearNetwork)theEObject;
				T result = caseDeepLinearNetwork(deepLinearNetwork);
				if (result == null) result = caseArchitecture(deepLinearNetwork);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeepLinearPackage.LAMBDA_BALANCED_INITIALISATION: {
				LambdaBalancedInitialisation lambdaBalancedInitialisation = (LambdaBalancedInitialisation)theEObject;
				T result = caseLambdaBalancedInitialisation(lambdaBalancedInitialisation);
				if (result == null) result = caseInitialisation(lambdaBalancedInitialisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hierarchy Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hierarchy Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHierarchyTask(HierarchyTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spectrum Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spectrum Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpectrumTask(SpectrumTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Random Regression Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Random Regression Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRandomRegressionTask(RandomRegressionTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Teacher Student Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Teacher Student Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeacherStudentTask(TeacherStudentTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reversal Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reversal Learning Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReversalLearningTask(ReversalLearningTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Continual Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Continual Learning Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContinualLearningTask(ContinualLearningTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeepLinearNetwork(DeepLinearNetwork object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lambda Balanced Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lambda Balanced Initialisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLambdaBalancedInitialisation(LambdaBalancedInitialisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTask(Task object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArchitecture(Architecture object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initialisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitialisation(Initialisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DeepLinearSwitch
