/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.plateau.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.model.PlateauPackage
 * @generated
 */
public class PlateauAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlateauPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlateauAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PlateauPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlateauSwitch<Adapter> modelSwitch =
		new PlateauSwitch<Adapter>() {
			@Override
			public Adapter caseExperiment(Experiment object) {
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseTask(Task object) {
				return createTaskAdapter();
			}
			@Override
			public Adapter caseArchitecture(Architecture object) {
				return createArchitectureAdapter();
			}
			@Override
			public Adapter caseInitialisation(Initialisation object) {
				return createInitialisationAdapter();
			}
			@Override
			public Adapter caseSmallGaussianInitialisation(SmallGaussianInitialisation object) {
				return createSmallGaussianInitialisationAdapter();
			}
			@Override
			public Adapter caseRandomOrthogonalInitialisation(RandomOrthogonalInitialisation object) {
				return createRandomOrthogonalInitialisationAdapter();
			}
			@Override
			public Adapter caseAlignedBalancedInitialisation(AlignedBalancedInitialisation object) {
				return createAlignedBalancedInitialisationAdapter();
			}
			@Override
			public Adapter caseTraining(Training object) {
				return createTrainingAdapter();
			}
			@Override
			public Adapter caseTheorySelection(TheorySelection object) {
				return createTheorySelectionAdapter();
			}
			@Override
			public Adapter caseRun(Run object) {
				return createRunAdapter();
			}
			@Override
			public Adapter caseSweep(Sweep object) {
				return createSweepAdapter();
			}
			@Override
			public Adapter caseSweepAxis(SweepAxis object) {
				return createSweepAxisAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Task
	 * @generated
	 */
	public Adapter createTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Architecture
	 * @generated
	 */
	public Adapter createArchitectureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Initialisation <em>Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Initialisation
	 * @generated
	 */
	public Adapter createInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.SmallGaussianInitialisation <em>Small Gaussian Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.SmallGaussianInitialisation
	 * @generated
	 */
	public Adapter createSmallGaussianInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.RandomOrthogonalInitialisation <em>Random Orthogonal Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.RandomOrthogonalInitialisation
	 * @generated
	 */
	public Adapter createRandomOrthogonalInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.AlignedBalancedInitialisation <em>Aligned Balanced Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.AlignedBalancedInitialisation
	 * @generated
	 */
	public Adapter createAlignedBalancedInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Training
	 * @generated
	 */
	public Adapter createTrainingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.TheorySelection <em>Theory Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.TheorySelection
	 * @generated
	 */
	public Adapter createTheorySelectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Run
	 * @generated
	 */
	public Adapter createRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Sweep
	 * @generated
	 */
	public Adapter createSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.SweepAxis <em>Sweep Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.SweepAxis
	 * @generated
	 */
	public Adapter createSweepAxisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PlateauAdapterFactory
