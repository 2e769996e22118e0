/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One learning-dynamics experiment, the root object of a .plateau file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getTask <em>Task</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getInitialisation <em>Initialisation</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getTraining <em>Training</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getTheory <em>Theory</em>}</li>
 *   <li>{@link org.plateau.model.Experiment#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getExperiment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasRequiredParts textsStorable'"
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name of the experiment, used in titles, messages and result folder names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: purpose of the experiment, the paper and figure it reproduces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the random generator from which every random draw of a run (data, initial weights, sample order) is derived. Same seed, same bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Seed()
	 * @model default="1"
	 *        annotation="http://www.plateau.org/display name='seed'"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task the network learns; a family-specific subclass. Required for a valid experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task</em>' containment reference.
	 * @see #setTask(Task)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Task()
	 * @model containment="true"
	 * @generated
	 */
	Task getTask();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getTask <em>Task</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' containment reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(Task value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network that is trained; a family-specific subclass. Required for a valid experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' containment reference.
	 * @see #setArchitecture(Architecture)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Architecture()
	 * @model containment="true"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getArchitecture <em>Architecture</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' containment reference.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Initialisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the weights are initialised. Required for a valid experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initialisation</em>' containment reference.
	 * @see #setInitialisation(Initialisation)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Initialisation()
	 * @model containment="true"
	 * @generated
	 */
	Initialisation getInitialisation();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getInitialisation <em>Initialisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initialisation</em>' containment reference.
	 * @see #getInitialisation()
	 * @generated
	 */
	void setInitialisation(Initialisation value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training procedure. Required for a valid experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(Training)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Training()
	 * @model containment="true"
	 * @generated
	 */
	Training getTraining();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(Training value);

	/**
	 * Returns the value of the '<em><b>Theory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which theoretical predictions of the family are computed and compared with the simulation. When absent, all predictions the family offers are computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theory</em>' containment reference.
	 * @see #setTheory(TheorySelection)
	 * @see org.plateau.model.PlateauPackage#getExperiment_Theory()
	 * @model containment="true"
	 * @generated
	 */
	TheorySelection getTheory();

	/**
	 * Sets the value of the '{@link org.plateau.model.Experiment#getTheory <em>Theory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory</em>' containment reference.
	 * @see #getTheory()
	 * @generated
	 */
	void setTheory(TheorySelection value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.plateau.model.Run}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The runs made of this experiment, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.plateau.model.PlateauPackage#getExperiment_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Run> getRuns();

} // Experiment
